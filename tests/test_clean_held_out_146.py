"""Held-out set 146: written blind, weighted toward the noise the cleaner exists for, in shapes set 144's docstring does
not name (nor the first paragraphs of sets 141, 142 and 143): scraper, embed and ad markers (an English private Vimeo
video "Sorry, this Vimeo video is private and can only be viewed by people the owner has shared it with.", an English
removed Instagram post "This Instagram post has been removed or is no longer available. View more on Instagram.", an
English Google Slides deck that needs a sign-in "Google Slides presentation could not be loaded – you may need to sign
in to view it.", a French Ausha podcast player that could not load the episode "Le lecteur Ausha n'a pas pu charger cet
épisode de podcast.", a German ZDFmediathek video withdrawn for legal reasons "Das Video der ZDFmediathek ist aus
rechtlichen Gründen nicht mehr verfügbar.", an Italian Spreaker podcast that cannot play "Il podcast di Spreaker non può
essere riprodotto in questo momento.", a Polish Facebook post that cannot be shown "Wpis z Facebooka nie może zostać
wyświetlony. Zobacz go na facebook.com." and a Russian VKontakte post deleted or hidden by privacy settings "Запись
ВКонтакте удалена или скрыта настройками приватности."); reading-time headers in new wordings (the English time-to-read
header "Time to read: 4 minutes", a blog's heads-up warning of eighteen minutes "Heads up: this is a long one, about
eighteen minutes from top to bottom.", the French minutes-of-reading line "4 minutes de lecture", the German abbreviated
Min.-Lesezeit line "4 Min. Lesezeit", the Italian minutes-of-reading line "4 minuti di lettura", the Polish
estimated-reading-time header "Szacowany czas czytania: 4 minuty" and the Russian minutes-to-read line "4 минуты на
прочтение"); bylines and self-promotion (an English reporting-and-editing byline "Reporting by Cressida Wimbleknott;
editing by Barnaby Hobblethwaite", an English community-reporter byline "By Ottoline Brashcombe, Community Reporter", a
French our-correspondent byline "Par notre correspondante Séverine Cloquemarde" and a Polish abbreviated compiled-by
byline "Oprac. Grażyna Ścibiorkówna", all at the head, and at the foot an English buy-me-a-coffee plug "If this post
helped, you can buy me a coffee – the link is at the bottom of the sidebar.", a German Kleinanzeigen beer-mat swap plug
"Meine Bierdeckel-Doubletten tausche oder verkaufe ich über Kleinanzeigen.", an Italian online darkroom-courses plug
"Tengo corsi online di sviluppo in bianco e nero: trovi il calendario su Instagram." and a Russian Livemaster
rubber-stamps plug "Мои резиновые штампы можно заказать на Ярмарке Мастеров — ссылка в профиле."); blog and site footers
(an English Substack footer with privacy, terms and collection-notice links "Powered by Substack · Privacy · Terms ·
Collection notice", an English IMPRESS regulation line "We are regulated by IMPRESS, the independent monitor for the
press.", an English SiteGround-and-Elementor credit "Site hosted by SiteGround · Built with Elementor · Privacy policy",
a French Canalblog credit with a create-a-blog link "Blog propulsé par Canalblog · Créer un blog gratuit", a German
Jimdo credit with imprint, privacy and cookie links "Erstellt mit Jimdo · Impressum · Datenschutz · Cookie-Richtlinie",
an Italian court-registration and VAT-number line "Testata registrata presso il Tribunale di Vercelli n. 7/2011 · P. IVA
02468013579", a Polish WebWave credit with a privacy link "Strona stworzona w WebWave · Polityka prywatności" and a
Russian WordPress-and-Beget credit "Работает на WordPress · Хостинг от Beget"); reader-comment furniture (an English
Disqus log-in prompt "Log in with Disqus, Facebook, Twitter or Google to comment", an English
comments-switched-off-after-48-hours note "Commenting has been switched off on this article after 48 hours.", an English
posted-edited-reply meta row "Posted 3 hours ago · Edited · Reply", the French WordPress leave-a-comment heading run
into its cancel-reply link "Laisser un commentaire Annuler la réponse", a German please-log-in-to-comment prompt "Zum
Kommentieren bitte anmelden oder kostenlos registrieren.", an Italian be-the-first-to-comment prompt "Sii il primo a
commentare questo articolo!", a Polish comment-as-guest-or-log-in prompt "Dodaj komentarz jako gość lub zaloguj się
przez Facebooka." and a Russian log-in-with-VK-ID-or-Yandex-ID prompt "Чтобы оставить комментарий, войдите через VK ID
или Яндекс ID."); share rows (an English spread-the-word row with Reddit, Pinterest, Tumblr and print "Spread the word:
Reddit · Pinterest · Tumblr · Print", a German forward-the-article row with Signal, Threema and e-mail "Artikel
weiterleiten: Signal · Threema · E-Mail" and a Polish share-on row with Wykop, Facebook and Messenger "Udostępnij na:
Wykop · Facebook · Messenger"); and notices (a French free-to-read-courtesy-of-the-newsroom note "Cet article vous est
offert par la rédaction : il est exceptionnellement en accès libre." and an Italian editor's note on a replaced opening
photo "Nota della redazione: la foto di apertura è stata sostituita su richiesta dell'interessato.", both in the body,
and a Russian first-published-in-print note "Материал впервые опубликован в печатном номере газеты от 2 декабря." at the
foot); and toward whole scraped news and hobby-blog pages in layouts set 144's docstring does not describe (on the six
portal pages the masthead and a local weather line in one block of two above everything; the section menu alone; the
title at the top of its block with the reading time right after it; under it a block of three, the byline, the
date-and-time line and a share row; the first and second paragraphs in one block with a photo caption and its credit
between them; an ad or sponsored label and a read-also link in one block of two; the paragraph with the quote alone; the
subheading and the three rows in one block with a newsletter or Telegram prompt between the second and third rows; the
first last paragraph at the top of its block with a tags or topics line after it; the second last paragraph alone; at
the foot two blocks, five lines (a comment count, a comment, the newsroom's arrowed reply, a second and a third comment
left unanswered) and then a legal-links row and a copyright line; on the six blog pages the blog name alone; the menu
and a breadcrumb in one block of two; the title alone in its block; under it a block of three, the
posted-date-and-author line, the reading time and an affiliate-links disclosure; the first and second paragraphs in one
block with nothing between them; a photo caption and its credit at the top of the quote paragraph's block, right before
it; a related-post link at the top of the subheading's block, right before the subheading and its three rows; the two
last paragraphs in one block with a subscribe or follow prompt and a share row between them; a shop, swap, commissions
or services plug and previous-and-next links in one block of two; at the foot two blocks, five lines (a comments count,
a comment, the author's arrowed reply, a second comment and an arrowed reply to it by a third reader) and then an
archive drop-down line and a platform credit), taken from local news of fresh kinds (a youth choir going to a national
final, a village fountain restored, an e-scooter hire scheme suspended, a new playground with a wheelchair swing, a war
memorial's names recut, a heat-pump grant for old houses) and from blogs about collecting beer mats, building a
ventriloquist's dummy, photographing dragonflies, a dahlia bed from tubers, film developing in a changing bag and
rubber-stamp carving.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 144 but what is named here), held-out set 145 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 144 up to its paragraph "Measured after round 102", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 141, 142 and 143, printed with one ast
script (/tmp/s146scratch/peek.py, reading the files of /tmp/wt-set146/tests, the set's worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set146); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s146scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data; see Slips and notes (3)); and
``FIXTURES``, printed as its dict value. The English fixture file itself was not opened. The import lines and the line
binding the three tests follow set 144's as printed, with 144 -> 146; /tmp/s146scratch/gen146.py writes this file from
scratch files (data146.py, pages146.py, doc_first.txt, doc_rest.txt, doc_baseline.txt and, after the measurement,
tables146.py). Nothing else was copied from any file of the repository. The set was measured once against a frozen
cleaner (worktree /tmp/wt-s146, detached at commit c381897858ec7dd0a4929f0a6c3b495f2e98367b, the commit the brief named)
and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was
changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
4ca49af84251d08c4c0f2d4ce7d1bbfef2572789 (main's head, not the brief's commit; the brief says main may have moved); both
worktrees were made at the brief's commit c381897858ec7dd0a4929f0a6c3b495f2e98367b with ``git worktree add`` (output to
/dev/null, both exit codes 0), and /work/main was not touched afterwards; helpers.py imported from /work/main/tests and
/work/main/src as the brief allows. (2) peek.py's first run printed to the terminal, whose output the tool cut in the
middle (from set 144's Slips and notes (5) to set 142's first paragraph); its second run went to
/tmp/s146scratch/peek.out, of which I paged lines 125 to 390 with ``sed``, in two calls (the rest of those allowed
parts); nothing outside the allowed parts was printed, since the script stops set 144's docstring before the paragraph
"Measured after round 102" and prints only the first paragraphs of the other three. (3) helpers.py imported test_clean
from /work/main/tests, which loads the cleaner's modules, but nothing was cleaned and no source under src/ was printed;
the helpers printed are only the checks this file calls. The machine's python had the project's dependencies; every run
used it. (4) Before the measurement /tmp/s146scratch/check146.py checked, case-insensitively, that no noise line
(held-out or page) sits inside any other noise, keep or article line of the set, that no line repeats and that no line
holds an at-sign; its first run found four noise lines, all portal mastheads, inside eight other lines: the French
portal's masthead "Le Réveil de Margelissac" inside its newsroom's reply, the Italian portal's "La Voce di Castelgrulli"
inside its photo credit and its newsroom's reply, the Polish portal's "Gazeta Grzybiszewska" inside its photo credit,
its newsroom's reply and its copyright line, and the Russian portal's "Верхнекамышинский вестник" inside its photo
credit and its newsroom's reply; so the replies are signed "La rédaction", "Redazione", "Redakcja" and "Редакция", the
credits name the town hall or the district press office and the Polish copyright names "Wydawnictwo Grzybiszewskie sp. z
o.o."; before that run I had also renamed the Russian portal's legal-links row from an advertise-on-the-site link to
"Размещение рекламы", which keeps its ad label "Реклама" out of it; its second and last runs found nothing. While
drafting I kept the ad labels out of the other lines: the German portal's label is "Werbung", not "Anzeige" (the German
Kleinanzeigen plug holds "anzeige"), the French portal's is "Contenu sponsorisé", not "Publicité" (the French keep line
opens "Publicité mensongère"), the English portal's "Advertisement" is not in the keep line "Advertising for the vacant
caretaker post" nor in its "Advertise with us" link, and the Polish "Reklama", Italian "Pubblicità" and Russian
"Реклама" are in no other line. Lines and data were counted by a script (45 noise lines: category, language and place as
in Contents; 20 keep lines by language and place; 12 pages with 10 "+" and 20 "-" lines each).
/tmp/s146scratch/marks.out printed all 360 page lines with their block numbers and marks, and I read them one by one:
"+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no mark was
swapped (12 blocks on the portals, 11 on the blogs). gen146.py reports lines over 120 characters and at-signs in the
written file (none), and checks that the file's lists equal the scratch lists. To do that it imports the written file
with /tmp/wt-s146/tests and /tmp/wt-s146/src on sys.path, which loads held_out_sets, test_clean and so the cleaner's
modules, but it cleans nothing and prints no source. (5) Invented names were checked with the exact-string search over
public GitHub files: Wimbleknott, Hobblethwaite, Brashcombe, Cloquemarde, Ścibiorkówna, Thrumbleford, Quillerbank,
Trumpingale, Drip Mat Diaries, Margelissac, Gougnaberte, Fontrelaude, Le Pantin Bavard, Quirlinghausen, Schnabelsberger,
Rollerwitz, Rundblick Verlag, Libellenlicht, Castelgrulli, Passabosco, Altalenucci, Edizioni La Voce, Tuberi e Petali,
Grzybiszewo, Gazeta Grzybiszewska, Jaskółczak, Dłutowiecki, Ciemnia w Rękawie, Верхнекамышинск, Скворчихина,
Обогревайло, Ластик и нож and Gazette Media Ltd had no hits. Dropped: Fettlewick (inside a test name list; the editor
became Barnaby Hobblethwaite), Garrowsby (inside identifiers such as ...ArrowsBy...; the reporter became Ptolemy
Quillerbank), Dovercourt (a real place and street; the choir director became Hyacinth Trumpingale), Puddicombe (a real
surname; the beer-mat blogger is only "Norbert"), Sauvemoulin (inside an identifier; the French village became
Margelissac), Bassecourt (a real Swiss town; the French reporter became Honorine Gougnaberte), Fontagnol (a real
surname; the mayor became Aymeric Fontrelaude), Dondolini (a real place name; the councillor became Ottavio
Altalenucci), Kozibrod (inside a package name; the Polish town became Grzybiszewo) and Kamieniarczyk (a real surname;
the historian became Zdzisław Dłutowiecki). Not checked: first names and commenters' handles (Cressida, Barnaby,
Ottoline, Séverine, Grażyna, Ptolemy, Hyacinth, Norbert, Honorine, Aymeric, Clotaire, Ortrud, Korbinian, Gernot,
Ermenegilda, Ottavio, Ornella, Bronisława, Zdzisław, Kuba, Евдокия, Фаддей, Вика, Maureen_on_Mill_Road, OldChorister58,
DaveFromTheAllotments, Tegestologist_Tom, Beryl_collects, MatManMick, Josette_du_lavoir, Pierrot_Margelissacois,
Claudine_B, Margot_marionnettes, Théo_magie, Ventro_Lyon, Pendlerin_Sabine, Anwohner_Brückenweg, Heinz_K.,
Naturfreundin_Elke, Odonata_Olli, Weiherwart_Jens, Mamma_di_Leo, Nonno_Gino, Lucia_T, Giardiniera_Rosa,
Pollice_verde_Pia, Orto_di_Franco, Marianna_z_rynku, Stary_Kowal, Ania_z_Lipowej, Fotoamator_Piotr, Ola_analogowo,
Srebrny_Halogenek, Дачник_Семёныч, Марина_с_Пушкина, Пенсионер_Иваныч, Рукодельница_Оля, Мастер_Игорь, Штампик_Лена),
names built on checked names (The Thrumbleford Gazette, Thrumbleford Youth Choir, Le Réveil de Margelissac, SARL Le
Réveil, Quirlinghausener Rundblick, La Voce di Castelgrulli, Wydawnictwo Grzybiszewskie, Верхнекамышинский вестник) and
ordinary words and places (St Wilfrid's, Green Lane, Mill Road, Birmingham, Derby, Burton, Leicester, place de l'Église,
Mühlenstraße, via dei Tigli, ulica Szkolna, улица Пушкина, Vercelli, ООО «Вестник»). There are no e-mail addresses and
no at-signs. (6) Real things named, as real pages do: Vimeo, Instagram, Google Slides, Ausha, ZDFmediathek, Spreaker,
Facebook, VKontakte, Buy Me a Coffee (as "buy me a coffee"), Kleinanzeigen, Livemaster (Ярмарка Мастеров), Substack,
IMPRESS, SiteGround, Elementor, Canalblog, Jimdo, WebWave, WordPress, Beget, Disqus, Twitter, Google, VK ID, Yandex ID,
Reddit, Pinterest, Tumblr, Signal, Threema, Wykop, Messenger, X, WhatsApp, Telegram, Bluesky, Mastodon, Odnoklassniki,
Blogger, WordPress.com, the Hemingway theme, Hardys & Hansons (a closed brewery), the Arabian Night dahlia, Rodinal, the
MFC (МФЦ) offices and the Tribunale di Vercelli. (7) The two measuring commands ran as the brief gave them, in one shell
call after ``date``, their output sent to /tmp/s146scratch/measure.out and report.out and the report and the pytest tail
printed (25 failed, 52 passed); the problems were then printed with ``_problems`` in the frozen worktree by
/tmp/s146scratch/problems.py (output problems.out), which imports the copy of this file in /tmp/wt-s146/tests with
/tmp/wt-s146/src on the path; it ran ``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing only
the failing ones (13, 0 and 12, as in the measurement; every line problem was a kept line, and the page problems were 13
kept noise lines and 15 lost article lines). The xfail tables were written in /tmp/s146scratch/tables146.py from my own
descriptions of those lines and pages, and verify146.py checked that the failing lines, keep lines and pages are exactly
the keys of ``_LINE_XFAIL``, ``_KEEP_XFAIL`` and ``_PAGE_XFAIL``, that every page noise line left and every article line
lost is quoted in its page's reason and that each reason gives its count of noise lines left. (8) My first clock reading
was 2026-12-05 20:01:18 UTC; the measurement ran at 20:07:11 UTC by the machine's clock. (9) With the tables filled, the
pytest command ran on the final file in /tmp/wt-s146: see the last note of the Baseline paragraph. It ran three times:
after a first filling of the tables, after I reworded the page reasons and the Baseline (a lost 'second last paragraph'
became the final paragraph, the second of the two last paragraphs, to be unambiguous) and after this note; each run gave
52 passed, 25 xfailed, no XPASS.

Judgement calls: the keep lines opening with or holding "Comments from parents", "Sharing a single minibus", "Abonnés au
réseau de chaleur", "Teilen müssen sich die beiden Chöre", "Seguito da oltre duecento persone", "Udostępnienie boiska
szkolnego", "Комментируя решение", "Following the vote", "Subscribers to the town's food co-op", "Suivie par une
quarantaine de curieux", "Kommentiert hat die Entscheidung", "Commenti entusiasti", "Copyright on the memorial's
original drawings", "Advertising for the vacant caretaker post", "Reading the names aloud", "Publicité mensongère",
"Folgen hat die Sperrung", "Condivisa da tutti i gruppi consiliari", "Czytając nazwiska" and "Поделиться опытом с
соседями" are article sentences: each reports what parents, a school, residents on a heat network, two choirs, a concert
audience, a head teacher, a district head, a parish council, co-op members, onlookers, a local councillor, families, a
museum, a council, a vicar and pupils, an opposition group, commuters, the council groups, residents or a district
meeting said, did, decided or saw, with the noise-like word as an ordinary noun, verb, participle or gerund of the
sentence (the English "Reading the names aloud" is a vicar reading a memorial's names, not a reading time, though it
ends with "almost twenty minutes"; "Copyright on the memorial's original drawings" is the ownership of the rights, not a
copyright line; "Advertising for the vacant caretaker post" is a job advertisement to come, not an ad label; the French
"Publicité mensongère" is the opposition's charge against the town hall's poster campaign, not an ad label; the German
"Folgen hat" means "has consequences", not a follow prompt; the Russian "Поделиться опытом" is sharing experience at a
meeting, not a share row). Categories: the Vimeo, Instagram, Google Slides, Ausha, ZDFmediathek, Spreaker, Facebook and
VKontakte lines are markers (embeds that are private, removed, withdrawn, need a sign-in or failed to load); the
time-to-read header, the heads-up warning and the French, German, Italian, Polish and Russian lines are reading times;
the reporting-and-editing, community-reporter, our-correspondent and Oprac. lines are bylines at the head, and the
buy-me-a-coffee, Kleinanzeigen, online-courses and Livemaster lines are bylines (self-promotion) at the foot; the
Substack, IMPRESS, SiteGround-Elementor, Canalblog, Jimdo, court-registration, WebWave and WordPress-Beget lines are
footers (the IMPRESS line and the Italian registration line are the foot of a whole news site, not notices about one
story); the Disqus log-in prompt, the switched-off note, the posted-edited-reply row, the leave-a-comment heading, the
log-in prompts and the be-the-first prompt are comment furniture; the English, German and Polish rows are share rows;
the French free-to-read note and the Italian editor's note on the photo are notices in the body (both speak of the story
they sit in), and the Russian first-published-in-print note is a notice at the foot (it tells where the story first ran,
so it is neither a footer of the whole site nor a byline). On every page the title, the three paragraphs before the
subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (mastheads, weather lines, blog names, section menus, breadcrumbs and blog menus, bylines, dates and
posted-by lines, reading times, photo captions and credits, ad and sponsored labels, share rows, newsletter, Telegram,
subscribe and follow prompts, read-also and related-post links, tags and topics lines, affiliate disclosures, shop,
swap, commissions and services plugs, previous-and-next links, comment counts, comments and replies, legal-links rows,
copyright lines, archive drop-downs and platform credits) is noise. The list rows (the choir's travel plans, the
fountain's cost, water and panel, the scooter rules, the playground's swing, floor and benches, the memorial's
lettering, names and stone, the subsidy steps, and the blogs' sorting steps, mechanism parts, kit lists and bed
preparation) are short, some without a verb, but part of each article, so article; the portals' weather lines
("Thrumbleford today: 7°C, light rain this afternoon" and its French, German, Italian, Polish and Russian twins) are
site furniture above the story, so noise; the bare-name bylines of the Polish and Russian portals ("Bronisława
Jaskółczak", "Евдокия Скворчихина") are bylines, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-thrumbleford-choir (the town's youth choir through to the national final in Birmingham),
en-blog-dripmatdiaries-beermats (a shoebox of 412 1970s beer mats from a house clearance),
fr-portail-margelissac-fontaine (the village's Lavoir fountain running again after eighteen months of restoration),
fr-blog-lepantinbavard-ventriloque (a first ventriloquist's dummy in papier mâché and its mouth mechanism),
de-portal-quirlinghausen-eroller (the town's e-scooter hire suspended after 300 complaints),
de-blog-libellenlicht-libellen (photographing dew-covered dragonflies at a pond in a first summer),
it-portale-castelgrulli-altalena (a new playground with a swing for children in wheelchairs),
it-blog-tuberiepetali-dalie (a first dahlia bed grown from twelve tubers), pl-portal-grzybiszewo-pomnik (146 names recut
on the war memorial by the market square), pl-blog-ciemniawrekawie-wywolywanie (developing film in a changing bag
without a darkroom), ru-portal-verkhnekamyshinsk-teplonasosy (a district grant for heat pumps in houses over fifty years
old) and ru-blog-lastikinozh-shtampy (a first set of stamps carved from erasers), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit c381897858ec7dd0a4929f0a6c3b495f2e98367b, measured with ``cd /tmp/wt-s146 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s146/src python -m pytest -q tests/test_clean_held_out_146.py -rA -p
no:cacheprovider`` (25 failed, 52 passed) and ``cd /tmp/wt-s146 && PYTHONPATH=/tmp/wt-s146/src python
scripts/clean_held_out_report.py --sets 146``, with the xfail tables empty): noise lines removed 32/45 (reading-time
6/7, byline 6/8, marker 0/8, notice 2/3, footer 7/8, comments 8/8, share 3/3; the 13 missed lines, all kept in the text,
are those of ``_LINE_XFAIL``: one reading time at the head (the blog's heads-up warning of eighteen minutes), all eight
markers in the body (the English Vimeo, Instagram and Google Slides placeholders, the French Ausha, German ZDFmediathek,
Italian Spreaker, Polish Facebook and Russian VKontakte placeholders), one notice in the body (the Italian editor's note
on the replaced photo), two plugs at the foot (the German Kleinanzeigen plug and the Italian online-courses plug) and
one footer at the foot (the English IMPRESS line); the English time-to-read header and the French, German, Italian,
Polish and Russian reading times, the four bylines at the head, the English buy-me-a-coffee and Russian Livemaster
plugs, the French free-to-read note, the Russian first-published-in-print note, the other seven footers and every
comment and share line went); keep lines kept 20/20; pages 0/12 clean, 13 of 240 page noise lines left and 15 of 120
article lines lost. Left on the pages: 7 on the English beer-mat blog (the subscribe prompt between the last paragraphs,
the swap plug, the previous-and-next links and the two comments and two replies of the thread), 1 on the German portal
(the newsletter prompt inside the list block) and 5 on the Russian stamp-carving blog (the commissions plug and the two
comments and two replies of the thread), nothing on the other pages. Lost: on the English, French, German, Italian,
Polish and Russian portals the final paragraph (the second of the two last paragraphs), alone in its block before the
comment thread (1 each); on the French ventriloquist, German dragonfly and Italian dahlia blogs both last paragraphs,
around the prompt and share row in their block (2 each); on the Polish changing-bag blog the paragraph with the quote,
after the photo caption and credit in its block, and both last paragraphs (3); nothing on the English and Russian blogs,
as ``_PAGE_XFAIL`` describes. The failing cases are strict xfails; with them the pytest command on the final file in
/tmp/wt-s146 gave 52 passed, 25 xfailed, no XPASS.

Measured after round 103 (developed on sets 143 and 144 beside this set's writing from the same base, c381897, and
measured on it blind by the lead with `scripts/clean_held_out_report.py --tests <blind copy> --sets 146` and the
problems of every case before and after): nothing moved. Lines 32 -> 32 of 45, 20 of 20 kept, pages clean 0 -> 0 of 12,
page noise lines 13 -> 13 of 240, article lines lost 15 -> 15 of 120. Not blind from here on: the lead read this set's
lost lines while round 103 ran (13 of the 15 were lost already at d7ad36f, 18 at c53fa26; round 101's follow prompt
"Folge mir auf Instagram für ..." made the German blog lose its two last paragraphs as well) and mended two mechanisms,
merged with round 103: page_blocks._article_among_furniture keeps a blog's two last paragraphs around a follow prompt
and a share row in one block ("social follow" among the prompts; a sentence under the share row stays when the article's
sentence stands above the row in the block; a picture's caption and credit count as furniture, so the quote paragraph
under them stays), and page_blocks._split_closing_pair takes the body's last line as the first of the pair, so a
portal's last paragraph alone in its block under the tags line stays (test_mend_after_round_102_*). As merged: lines 32
of 45, 20 of 20 kept, pages clean 7 of 12, 13 of 240 page noise lines left, 3 of 120 article lines lost (the French
ventriloquism blog's two last paragraphs around its newsletter prompt and share row, the second with no verb, "Prochaine
étape : les yeux mobiles, et un nom pour mon pantin."; the Russian portal's four-word last paragraph "Первые выплаты
ожидаются весной."). Xfails removed: en-portal-thrumbleford-choir, fr-portail-margelissac-fontaine,
de-blog-libellenlicht-libellen, it-portale-castelgrulli-altalena, it-blog-tuberiepetali-dalie,
pl-portal-grzybiszewo-pomnik, pl-blog-ciemniawrekawie-wywolywanie; reason reworded: de-portal-quirlinghausen-eroller.

Round 104 (development; this set was read in full from this round on): developed on sets 145 and 146 from 18db428.
Fixed, by mechanism: (1) a writer's colon-led closing phrase under a blog's prompt and share row, the writer's paragraph
above them in the block ("Prochaine étape : les yeux mobiles, et un nom pour mon pantin.", this set's
fr-blog-lepantinbavard-ventriloque): its "mon" was its only widget's cue, so _article_among_furniture gave the block's
two article lines back not at all; page_blocks._is_writers_closing_phrase (a label of one to three words with no first
person, a phrase after the colon with no finite verb of the closed class, no widget's cue once the writer's first person
is set aside, no shop, platform (_SHOP_PLATFORM_NAME), network, order or lesson (_ORDER_OR_LESSON), no call) lets the
block's last line stay when a paragraph that reads as the article's stands above the block's furniture; plugs and
prompts in that place still go ("Ma boutique : des marionnettes sur commande.", "Next step: my course on Udemy.",
"Prochaine étape : abonnez-vous à ma newsletter.", "Je fabrique aussi des marionnettes sur commande."); (2) a four-word
statement closing the body above the comments ("Первые выплаты ожидаются весной.", this set's
ru-portal-verkhnekamyshinsk-teplonasosy): page_blocks._is_short_statement, read by _is_closing_sentence (so by
_split_closing_pair and _mark_tail's pair), takes four words, a full stop, no capital but the first word's and one
name's, no digit, no colon, and none of the cues of a widget, the comments (COMMENT_STEM), the site as "we", a prompt, a
call, the reader, a sign-off, the site's thanks or "more" (_THANKS_OR_MORE) ("Work starts in May.", "Les travaux
débutent lundi.", "Der Umbau beginnt im Mai.", "I lavori partono a maggio.", "Prace ruszą w maju." stay; "Join the
discussion below.", "Read more here.", "Kommentare sind geschlossen.", "Leave a comment below.", "Merci de votre
lecture.", "Die Diskussion ist eröffnet.", "Thanks to all readers.", "Più info sul sito." still go); (3) a blog's plug
between its two last paragraphs, the share row and a prompt under them (set 145's Italian and Polish blogs):
page_blocks._is_plug_between_last_paragraphs in mark_block_remnants (the writer's first person, a shop, platform, order
or lesson, and the reader addressed or a finder's verb, clean._FINDER_VERB; both neighbours full paragraphs that read as
the writer's, _reads_as_writers; the page's furniture below them in the block or opening the next; at most twenty words
and no quoted speech, _PLUG_MAX_WORDS). Tests: test_round_104_* in tests/test_clean.py (with near misses). Other sets'
xfails removed: none (only sets 145 and 146 moved). All sets (scripts/clean_held_out_report.py, before -> after): noise
lines removed 5741 -> 5741 of 6241, article lines kept 2767 -> 2767 of 2767, pages clean 1024 -> 1028 of 1630, page
noise lines left 1350 -> 1348 of 34320, paragraphs lost 5 -> 2 (no set's kept lines dropped, no set's lost paragraphs
rose). SemEval: 0 changed files of 3723. Bench: benchmarks/bench_clean.py ratio to 18db428 1.03 (cpu best 2.405 s
against 2.341 s). Pytest (the cleaning test set): 19257 passed, 1132 xfailed, no failure and no XPASS (on the final
code; a first run on the second change found test_corpus_articles_lose_only_known_noise failing, a SemEval article's
quoted "I hope you learned that lesson" between paragraphs read as a plug, fixed by _PLUG_MAX_WORDS and the quote guard
before the commit). This set (before -> after): noise lines removed 32 -> 32 of 45 (reading-time 6/7, byline 6/8, marker
0/8, notice 2/3, footer 7/8, comments 8/8, share 3/3), keep 20 -> 20 of 20, pages clean 7 -> 9 of 12, page noise lines
left 13 -> 13 of 240, article lines lost 3 -> 0 of 120. Xfails removed: fr-blog-lepantinbavard-ventriloque,
ru-portal-verkhnekamyshinsk-teplonasosy; no reason reworded. Still missed: the 13 lines of _LINE_XFAIL (the eight embed
placeholders, the heads-up reading time, the editor's photo note, the Kleinanzeigen and online-courses plugs, the
IMPRESS line; placeholders and reading times by shape were not reached), the English blog's subscribe prompt between the
last paragraphs (marking it would make the block a widget and put its first-person last paragraph at risk), its swap
plug and the comment threads of the English and Russian blogs, the German portal's newsletter prompt inside the list
block and the Russian blog's commissions plug.

Lead's mend after round 105 (developed on sets 146, 147 and 148 after round 105 was merged, before the lead read
anything of blind sets 149 and 150): a thread under its count whose replies are marked with a plain arrow "→", one per
level, goes whole (comment_threads._ARROWED_REPLY, read only inside a thread found by its header, never to open one: an
article's rows bulleted with that arrow under a label stay; round 105 had tried the arrow in _INLINE_REPLY and lost set
146's Russian blog's two last paragraphs); two article lines that then went with the page's furniture blocks stay: a
paragraph quoting someone after a colon or a verb of saying beside a picture's caption and credit
(page_blocks._is_writers_quote, its cues read outside the quote, no shop, offer or orders in it) and the writer's
"расскажу" (noise_patterns.WIDGET_WORD no longer counts it). Tests: test_mend_after_round_105_*. Report over all sets:
lines 5,881 of 6,421 both, keep lines 2,847 of 2,847 both, pages clean 1,033 -> 1,043 of 1,678, page noise lines left
1,491 -> 1,426 of 35,280, article lines lost 3 -> 3; SemEval diff 0 of 3,723.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_146_LINES: list[tuple[str, str, str]] = [
    ('head', 'Time to read: 4 minutes', 'reading-time'),
    ('head', 'Heads up: this is a long one, about eighteen minutes from top to bottom.', 'reading-time'),
    ('head', '4 minutes de lecture', 'reading-time'),
    ('head', '4 Min. Lesezeit', 'reading-time'),
    ('head', '4 minuti di lettura', 'reading-time'),
    ('head', 'Szacowany czas czytania: 4 minuty', 'reading-time'),
    ('head', '4 минуты на прочтение', 'reading-time'),
    ('head', 'Reporting by Cressida Wimbleknott; editing by Barnaby Hobblethwaite', 'byline'),
    ('head', 'By Ottoline Brashcombe, Community Reporter', 'byline'),
    ('head', 'Par notre correspondante Séverine Cloquemarde', 'byline'),
    ('head', 'Oprac. Grażyna Ścibiorkówna', 'byline'),
    ('body',
     'Sorry, this Vimeo video is private and can only be viewed by people the owner has shared it with.',
     'marker'),
    ('body', 'This Instagram post has been removed or is no longer available. View more on Instagram.', 'marker'),
    ('body', 'Google Slides presentation could not be loaded – you may need to sign in to view it.', 'marker'),
    ('body', "Le lecteur Ausha n'a pas pu charger cet épisode de podcast.", 'marker'),
    ('body', 'Das Video der ZDFmediathek ist aus rechtlichen Gründen nicht mehr verfügbar.', 'marker'),
    ('body', 'Il podcast di Spreaker non può essere riprodotto in questo momento.', 'marker'),
    ('body', 'Wpis z Facebooka nie może zostać wyświetlony. Zobacz go na facebook.com.', 'marker'),
    ('body', 'Запись ВКонтакте удалена или скрыта настройками приватности.', 'marker'),
    ('body', 'Cet article vous est offert par la rédaction : il est exceptionnellement en accès libre.', 'notice'),
    ('body', "Nota della redazione: la foto di apertura è stata sostituita su richiesta dell'interessato.", 'notice'),
    ('tail', 'If this post helped, you can buy me a coffee – the link is at the bottom of the sidebar.', 'byline'),
    ('tail', 'Meine Bierdeckel-Doubletten tausche oder verkaufe ich über Kleinanzeigen.', 'byline'),
    ('tail', 'Tengo corsi online di sviluppo in bianco e nero: trovi il calendario su Instagram.', 'byline'),
    ('tail', 'Мои резиновые штампы можно заказать на Ярмарке Мастеров — ссылка в профиле.', 'byline'),
    ('tail', 'Powered by Substack · Privacy · Terms · Collection notice', 'footer'),
    ('tail', 'We are regulated by IMPRESS, the independent monitor for the press.', 'footer'),
    ('tail', 'Site hosted by SiteGround · Built with Elementor · Privacy policy', 'footer'),
    ('tail', 'Blog propulsé par Canalblog · Créer un blog gratuit', 'footer'),
    ('tail', 'Erstellt mit Jimdo · Impressum · Datenschutz · Cookie-Richtlinie', 'footer'),
    ('tail', 'Testata registrata presso il Tribunale di Vercelli n. 7/2011 · P. IVA 02468013579', 'footer'),
    ('tail', 'Strona stworzona w WebWave · Polityka prywatności', 'footer'),
    ('tail', 'Работает на WordPress · Хостинг от Beget', 'footer'),
    ('tail', 'Log in with Disqus, Facebook, Twitter or Google to comment', 'comments'),
    ('tail', 'Commenting has been switched off on this article after 48 hours.', 'comments'),
    ('tail', 'Posted 3 hours ago · Edited · Reply', 'comments'),
    ('tail', 'Laisser un commentaire Annuler la réponse', 'comments'),
    ('tail', 'Zum Kommentieren bitte anmelden oder kostenlos registrieren.', 'comments'),
    ('tail', 'Sii il primo a commentare questo articolo!', 'comments'),
    ('tail', 'Dodaj komentarz jako gość lub zaloguj się przez Facebooka.', 'comments'),
    ('tail', 'Чтобы оставить комментарий, войдите через VK ID или Яндекс ID.', 'comments'),
    ('tail', 'Spread the word: Reddit · Pinterest · Tumblr · Print', 'share'),
    ('tail', 'Artikel weiterleiten: Signal · Threema · E-Mail', 'share'),
    ('tail', 'Udostępnij na: Wykop · Facebook · Messenger', 'share'),
    ('tail', 'Материал впервые опубликован в печатном номере газеты от 2 декабря.', 'notice'),
]

HELD_OUT_146_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments from parents at the open meeting were largely in favour of keeping the crossing patrol.'),
    ('head', 'Sharing a single minibus between the two choirs has saved the school nearly £3,000 this year.'),
    ('head', 'Abonnés au réseau de chaleur, les habitants du quartier ne sont pas concernés par la prime.'),
    ('head', 'Teilen müssen sich die beiden Chöre künftig nur noch den Proberaum im Gemeindehaus.'),
    ('head', 'Seguito da oltre duecento persone, il concerto del coro è stato trasmesso anche dalla radio locale.'),
    ('head', 'Udostępnienie boiska szkolnego na wakacje zapowiedział dyrektor szkoły.'),
    ('head', 'Комментируя решение, глава поселения пообещал вернуть самокаты весной.'),
    ('body', 'Following the vote, the parish council agreed to publish the full grant figures in January.'),
    ('body', "Subscribers to the town's food co-op will collect their boxes from the scout hut until March."),
    ('body', 'Suivie par une quarantaine de curieux, la remise en eau a eu lieu samedi matin.'),
    ('body', 'Kommentiert hat die Entscheidung bislang nur der Ortsvorsteher, der sie „längst überfällig“ nannte.'),
    ('body', 'Commenti entusiasti sono arrivati anche dai genitori dei bambini in carrozzina.'),
    ('tail', "Copyright on the memorial's original drawings belongs to the stonemason's family, the museum said."),
    ('tail', 'Advertising for the vacant caretaker post will begin once the budget is signed off.'),
    ('tail', 'Reading the names aloud took the vicar and two pupils almost twenty minutes.'),
    ('tail', "Publicité mensongère : c'est ainsi que l'opposition qualifie la campagne d'affichage de la mairie."),
    ('tail', 'Folgen hat die Sperrung der Roller vor allem für Pendler, die abends vom Bahnhof kommen.'),
    ('tail', "Condivisa da tutti i gruppi consiliari, la mozione chiede di riaprire il noleggio entro l'estate."),
    ('tail', 'Czytając nazwiska na nowo wykutej tablicy, kilku mieszkańców odnalazło swoich dziadków.'),
    ('tail', 'Поделиться опытом с соседями жителям старых домов предложат на встрече в библиотеке.'),
]

HELD_OUT_146_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-thrumbleford-choir', [
        [
            '-The Thrumbleford Gazette',
            '-Thrumbleford today: 7°C, light rain this afternoon',
        ],
        [
            "-News | Sport | What's On | Schools | Property | Jobs",
        ],
        [
            '+Thrumbleford youth choir through to the national final',
            '-3 min read',
        ],
        [
            '-By Ptolemy Quillerbank, Education Reporter',
            '-Friday 4 December 2026, 5.20pm',
            '-Share this article: Facebook · X · WhatsApp · Email',
        ],
        [
            '+The Thrumbleford Youth Choir will sing at the national final in Birmingham next March after winning '
            'the regional round on Saturday.',
            "-The choir on the steps of St Wilfrid's after the regional round.",
            '-Photo: Thrumbleford Youth Choir',
            '+Thirty-two singers aged nine to seventeen took part, and the judges praised their unaccompanied folk '
            'medley.',
        ],
        [
            '-Advertisement',
            '-Read more: Lollipop lady retires after 31 years at the Green Lane crossing',
        ],
        [
            '+Director Hyacinth Trumpingale said: "They rehearsed twice a week all autumn, and on the day they sang '
            'as if nobody was listening."',
        ],
        [
            '+How the choir will get to Birmingham',
            '+A coach has been offered at cost by a local firm.',
            '+Parents are running a cake stall every Saturday in December.',
            "-Get the Gazette's free morning newsletter straight to your inbox – sign up here.",
            '+The town council will decide on a grant of £1,500 in January.',
        ],
        [
            '+The choir still needs around £4,000 for the trip, including two nights in a hotel.',
            '-Topics: Thrumbleford, Schools, Music',
        ],
        [
            "+Anyone who wants to help can contact the choir through St Wilfrid's parish office.",
        ],
        [
            '-11 comments',
            '-Maureen_on_Mill_Road: So proud of these kids, my granddaughter is one of the altos!',
            "-→ Thrumbleford Gazette: Congratulations to her, Maureen – we'll be following them to the final.",
            '-OldChorister58: Sang in that church fifty years ago. Lovely to see it full of young voices again.',
            '-DaveFromTheAllotments: Put me down for a lemon drizzle at the cake stall.',
        ],
        [
            '-Contact us · Advertise with us · Terms and conditions · Cookie settings',
            '-© 2026 Gazette Media Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-dripmatdiaries-beermats', [
        [
            '-The Drip Mat Diaries',
        ],
        [
            '-Home · About · The Collection · Swaps · Contact',
            '-Home » Collecting » A shoebox from a house clearance',
        ],
        [
            '+A shoebox of 1970s beer mats from a house clearance',
        ],
        [
            '-Posted on 28 November 2026 by Norbert',
            '-6 minute read',
            '-This post contains affiliate links; I may earn a small commission at no cost to you.',
        ],
        [
            '+Last month a friend rang to say a house clearance near Derby had turned up a shoebox full of old beer '
            'mats.',
            '+Inside were 412 mats, most of them from breweries that closed between 1968 and 1985.',
        ],
        [
            '-The shoebox as it arrived, lid held on with parcel tape.',
            '-Photo: my own',
            '+The seller\'s daughter told me: "Dad picked one up in every pub he ever walked into, and Mum never '
            'let him throw a single one away."',
        ],
        [
            '-You might also like: Storing mats without warping them',
            '+Sorting the haul',
            '+First I split them by brewery and then by decade.',
            '+Doubles went into a separate tin for swapping.',
            '+Anything damp went flat under a stack of books for a week.',
        ],
        [
            '+The best find was a round mat from a long-gone brewery in Burton, still with its printed price list.',
            '-Never miss a post: subscribe by email and get new ones on Sunday morning.',
            '-Share: Facebook · Pinterest · Reddit',
            "+Next month I'll write about the swap meeting in Leicester and what I traded.",
        ],
        [
            '-Fancy some doubles? I post swap parcels anywhere in the UK – see the Swaps page.',
            '-« Previous: My first coaster album · Next: A visit to the brewery museum »',
        ],
        [
            '-5 comments',
            '-Tegestologist_Tom: 412 in one box! Any from Hardys & Hansons?',
            "-→ Norbert: A dozen or so, Tom – I'll put a couple aside for you.",
            '-Beryl_collects: My husband did exactly the same. I still have his tin of them.',
            "-→ MatManMick: Beryl, there's a swap meeting in Leicester in January if you ever want to part with them.",
        ],
        [
            '-Archives: Select month',
            '-Blog at WordPress.com.',
        ],
    ]),
    _page('fr', 'fr-portail-margelissac-fontaine', [
        [
            '-Le Réveil de Margelissac',
            '-Margelissac : 9 °C, éclaircies en fin de journée',
        ],
        [
            '-Actualité · Sports · Agenda · Vie locale · Annonces',
        ],
        [
            '+La fontaine du Lavoir coule à nouveau à Margelissac',
            '-Lecture 3 min',
        ],
        [
            '-Par Honorine Gougnaberte',
            '-Publié le 3 décembre 2026 à 18h05',
            '-Partager : Facebook · X · WhatsApp · Courriel',
        ],
        [
            "+Après dix-huit mois de travaux, la fontaine du Lavoir, sur la place de l'Église, a été remise en eau "
            'samedi.',
            '-La vasque restaurée, avec ses quatre mascarons nettoyés.',
            '-Photo : Réveil de Margelissac',
            "+Les tailleurs de pierre ont remplacé deux mascarons brisés et refait tout le réseau d'alimentation.",
        ],
        [
            '-Contenu sponsorisé',
            "-À lire aussi : Le marché de Noël revient sur la place de l'Église",
        ],
        [
            '+Le maire, Aymeric Fontrelaude, a déclaré : « Cette fontaine, les anciens y lavaient leur linge ; nos '
            'enfants y tremperont leurs mains. »',
        ],
        [
            "+Ce qu'il faut savoir",
            '+Le chantier a coûté 46 000 euros, dont la moitié payée par le département.',
            "+L'eau circule désormais en circuit fermé.",
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre lettre.",
            "+Un panneau raconte l'histoire du lavoir depuis 1852.",
        ],
        [
            '+La fontaine sera arrêtée en cas de gel, de novembre à mars, pour protéger la pierre.',
            '-Mots-clés : Margelissac, patrimoine, travaux',
        ],
        [
            '+Une visite commentée est prévue lors des Journées du patrimoine, en septembre.',
        ],
        [
            '-8 commentaires',
            '-Josette_du_lavoir : Enfin ! Ma grand-mère y lavait ses draps.',
            "-→ La rédaction : Merci Josette, n'hésitez pas à nous envoyer une photo ancienne.",
            "-Pierrot_Margelissacois : Dommage qu'elle soit arrêtée tout l'hiver.",
            "-Claudine_B : Bravo aux tailleurs de pierre, c'est superbe.",
        ],
        [
            '-Mentions légales · Politique de confidentialité · Gestion des cookies',
            '-© 2026 SARL Le Réveil – Tous droits réservés',
        ],
    ]),
    _page('fr', 'fr-blog-lepantinbavard-ventriloque', [
        [
            '-Le Pantin Bavard',
        ],
        [
            '-Accueil · Tutoriels · Spectacles · À propos',
            '-Accueil › Fabrication › Ma première marionnette',
        ],
        [
            '+Ma première marionnette de ventriloque, de la tête au mécanisme de la bouche',
        ],
        [
            '-Publié le 30 novembre 2026 par Clotaire',
            '-Temps de lecture : 7 minutes',
            '-Certains liens de cet article sont affiliés : si vous achetez, je touche une petite commission.',
        ],
        [
            "+Depuis l'enfance, je rêvais d'avoir ma propre marionnette de ventriloque.",
            '+Cet automne, je me suis enfin lancé, avec du papier mâché, une boule de polystyrène et beaucoup de '
            'patience.',
        ],
        [
            '-La tête en papier mâché en train de sécher sur un manche à balai.',
            '-Photo : Clotaire',
            "+Mon professeur de théâtre m'avait prévenu : « Une marionnette qui cligne des yeux, c'est la moitié du "
            'spectacle. »',
        ],
        [
            '-Vous aimerez aussi : Apprendre à parler sans bouger les lèvres',
            '+Le mécanisme de la bouche',
            '+Une mâchoire en contreplaqué articulée par une charnière de piano.',
            "+Une ficelle tirée par un levier à l'intérieur du corps.",
            '+Un élastique qui referme la bouche.',
        ],
        [
            "+Il m'a fallu trois essais pour que la mâchoire ne claque plus trop fort.",
            '-Abonnez-vous pour recevoir les nouveaux tutoriels par courriel.',
            '-Partager : Facebook · Pinterest · Bluesky',
            '+Prochaine étape : les yeux mobiles, et un nom pour mon pantin.',
        ],
        [
            '-Je fabrique aussi des marionnettes sur commande : écrivez-moi via la page Contact.',
            '-‹ Article précédent · Article suivant ›',
        ],
        [
            '-3 réponses',
            '-Margot_marionnettes : Superbe travail ! Quelle colle pour le papier mâché ?',
            '-→ Clotaire : De la colle à papier peint, Margot, tout simplement.',
            '-Théo_magie : Le levier est une excellente idée.',
            "-→ Ventro_Lyon : Théo, essaie aussi avec un fil de pêche, c'est plus discret.",
        ],
        [
            '-Archives : novembre 2026',
            '-Thème Hemingway · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-quirlinghausen-eroller', [
        [
            '-Quirlinghausener Rundblick',
            '-Quirlinghausen: 6 °C, bewölkt',
        ],
        [
            '-Lokales · Sport · Kultur · Termine · Immobilien',
        ],
        [
            '+Quirlinghausen stoppt den Verleih von E-Rollern',
            '-Lesezeit 3 Minuten',
        ],
        [
            '-Von Ortrud Schnabelsberger',
            '-04.12.2026, 16:45 Uhr',
            '-Teilen: Facebook · WhatsApp · X · E-Mail',
        ],
        [
            '+Die Stadt hat den Verleih von E-Rollern ab Montag vorläufig ausgesetzt.',
            '-Abgestellte E-Roller vor dem Bahnhof.',
            '-Foto: Rundblick',
            '+Grund sind mehr als 300 Beschwerden über Roller, die Gehwege und Einfahrten versperrten.',
        ],
        [
            '-Werbung',
            '-Lesen Sie auch: Neuer Radweg an der Mühlenstraße freigegeben',
        ],
        [
            '+Stadtrat Korbinian Rollerwitz sagte: „Wir wollen die Roller nicht verbannen, aber so kann es nicht '
            'weitergehen.“',
        ],
        [
            '+Was jetzt gilt',
            '+Die 180 Roller werden bis Freitag eingesammelt.',
            '+Der Anbieter darf im Frühjahr mit festen Abstellflächen zurückkommen.',
            '-Der Rundblick-Newsletter: Jeden Morgen die wichtigsten Nachrichten aus Quirlinghausen.',
            '+Bereits bezahlte Monatspässe werden erstattet.',
        ],
        [
            '+Der Anbieter zeigte sich überrascht und will mit der Stadt über feste Stellplätze verhandeln.',
            '-Schlagwörter: Verkehr, Quirlinghausen, Stadtrat',
        ],
        [
            '+Im März soll der Stadtrat über die Zukunft des Verleihs entscheiden.',
        ],
        [
            '-17 Kommentare',
            '-Pendlerin_Sabine: Schade, ich bin jeden Abend mit dem Roller vom Bahnhof gefahren.',
            '-→ Rundblick-Redaktion: Liebe Sabine, der Stadtbus fährt ab Januar öfter, wir berichten.',
            '-Anwohner_Brückenweg: Endlich! Meine Einfahrt war jede Woche zugestellt.',
            '-Heinz_K.: Feste Stellplätze hätte man von Anfang an haben müssen.',
        ],
        [
            '-Impressum · Datenschutz · AGB · Kontakt',
            '-© 2026 Rundblick Verlag GmbH',
        ],
    ]),
    _page('de', 'de-blog-libellenlicht-libellen', [
        [
            '-Libellenlicht',
        ],
        [
            '-Startseite · Galerie · Ausrüstung · Über mich',
            '-Startseite » Fotografie » Libellen im Morgentau',
        ],
        [
            '+Libellen im Morgentau fotografieren: mein erster Sommer am Weiher',
        ],
        [
            '-Veröffentlicht am 29. November 2026 von Gernot',
            '-Lesedauer: 8 Minuten',
            '-Dieser Beitrag enthält Affiliate-Links. Für euch ändert sich am Preis nichts.',
        ],
        [
            '+Libellen sind am frühen Morgen noch klamm und sitzen still, bevor die Sonne sie aufwärmt.',
            '+Diesen Sommer war ich deshalb fast jeden Tag vor sechs Uhr am Weiher hinter dem Sportplatz.',
        ],
        [
            '-Eine Blaugrüne Mosaikjungfer, noch voller Tautropfen.',
            '-Foto: Gernot',
            '+Ein alter Naturfotograf gab mir den Rat: „Nicht du suchst die Libelle, die Libelle sucht sich ihren '
            'Halm.“',
        ],
        [
            '-Das könnte dich auch interessieren: Makroobjektive unter 300 Euro',
            '+Meine Ausrüstung',
            '+Ein gebrauchtes 100-mm-Makroobjektiv.',
            '+Ein leichtes Stativ mit kurzer Mittelsäule.',
            '+Eine Isomatte, um im nassen Gras zu liegen.',
        ],
        [
            '+Am Ende des Sommers hatte ich elf Arten fotografiert, darunter die seltene Kleine Binsenjungfer.',
            '-Folge mir auf Instagram für die Bilder, die es nicht in den Blog schaffen.',
            '-Teilen: Facebook · Pinterest · Mastodon',
            '+Nächstes Jahr möchte ich Libellen beim Schlupf begleiten.',
        ],
        [
            '-Abzüge meiner Libellenfotos gibt es als Postkarten in meinem Shop.',
            '-← Vorheriger Beitrag · Nächster Beitrag →',
        ],
        [
            '-4 Kommentare',
            '-Naturfreundin_Elke: Wunderschöne Bilder! Welche Blende nimmst du?',
            '-→ Gernot: Meistens f/8, Elke, damit der Flügel ganz scharf ist.',
            '-Odonata_Olli: Glückwunsch zur Binsenjungfer!',
            '-→ Weiherwart_Jens: Olli, die sitzt bei uns seit Jahren am Nordufer.',
        ],
        [
            '-Archiv: Monat auswählen',
            '-Stolz präsentiert von WordPress',
        ],
    ]),
    _page('it', 'it-portale-castelgrulli-altalena', [
        [
            '-La Voce di Castelgrulli',
            '-Castelgrulli: 11 °C, sereno',
        ],
        [
            '-Cronaca · Politica · Sport · Eventi · Necrologi',
        ],
        [
            "+Castelgrulli, al parco inaugurata l'altalena per bambini in carrozzina",
            '-Lettura di 3 minuti',
        ],
        [
            '-Di Ermenegilda Passabosco',
            '-3 dicembre 2026, ore 17:10',
            '-Condividi: Facebook · WhatsApp · X · Email',
        ],
        [
            "+Il nuovo parco giochi di via dei Tigli ha aperto sabato con un'altalena accessibile alle carrozzine.",
            "-L'altalena inclusiva nel parco di via dei Tigli.",
            '-Foto: Comune di Castelgrulli',
            '+È la prima nel comune e si affianca a scivoli e giochi a terra pensati per tutti.',
        ],
        [
            '-Pubblicità',
            '-Leggi anche: Riapre la biblioteca dopo i lavori al tetto',
        ],
        [
            "+L'assessore Ottavio Altalenucci ha detto: «Un parco è davvero di tutti solo se tutti i bambini "
            'possono giocarci insieme.»',
        ],
        [
            "+Cosa c'è nel nuovo parco",
            "+Un'altalena con pedana per carrozzine.",
            '+Una pavimentazione antitrauma senza gradini.',
            '-Iscriviti alla newsletter della Voce: le notizie del paese ogni mattina.',
            "+Panchine all'ombra per i genitori e i nonni.",
        ],
        [
            '+Il parco è costato 120 mila euro, coperti in gran parte da un bando regionale.',
            '-Argomenti: Castelgrulli, parchi, disabilità',
        ],
        [
            '+Sarà aperto tutti i giorni dalle 8 al tramonto.',
        ],
        [
            '-6 commenti',
            '-Mamma_di_Leo: Finalmente mio figlio potrà giocare con gli altri!',
            '-→ Redazione: Grazie per averlo condiviso, ci fa piacere.',
            '-Nonno_Gino: Servirebbe anche una fontanella.',
            '-Lucia_T: Bravi, un bel regalo di Natale per il paese.',
        ],
        [
            '-Note legali · Privacy · Cookie · Contatti',
            '-© 2026 Edizioni La Voce Srl',
        ],
    ]),
    _page('it', 'it-blog-tuberiepetali-dalie', [
        [
            '-Tuberi e Petali',
        ],
        [
            "-Home · L'orto · Il giardino · Chi sono",
            "-Home › Giardino › Un'aiuola di dalie dai tuberi",
        ],
        [
            "+Un'aiuola di dalie partendo dai tuberi: il mio primo anno",
        ],
        [
            '-Pubblicato il 27 novembre 2026 da Ornella',
            '-Tempo di lettura: 6 minuti',
            '-In questo articolo ci sono link di affiliazione: se acquisti, ricevo una piccola commissione.',
        ],
        [
            '+A marzo ho comprato dodici tuberi di dalia a un mercatino di piante.',
            '+Sembravano patate rinsecchite, e mio marito era convinto che non sarebbe nato nulla.',
        ],
        [
            '-I tuberi in cassetta, prima di essere interrati.',
            '-Foto: Ornella',
            "+La vivaista mi aveva detto: «Le dalie vogliono sole, acqua e un po' di pazienza; il resto lo fanno da "
            'sole.»',
        ],
        [
            "-Potrebbe interessarti anche: Come conservare i tuberi d'inverno",
            "+Come ho preparato l'aiuola",
            '+Terra vangata a fondo e alleggerita con sabbia.',
            "+Tuberi piantati a dieci centimetri, a mezzo metro l'uno dall'altro.",
            '+Un tutore per ogni pianta, messo subito.',
        ],
        [
            "+Da luglio a ottobre l'aiuola è stata piena di fiori rosa, arancio e bordeaux.",
            '-Iscriviti per ricevere i nuovi articoli via email.',
            '-Condividi: Facebook · Pinterest · WhatsApp',
            '+Adesso i tuberi riposano in cantina, avvolti nella carta di giornale.',
        ],
        [
            '-Vendo i tuberi in esubero a primavera: scrivimi dalla pagina Contatti.',
            '-« Articolo precedente · Articolo successivo »',
        ],
        [
            '-3 commenti',
            '-Giardiniera_Rosa: Che colori! Quale varietà è quella bordeaux?',
            '-→ Ornella: Si chiama Arabian Night, Rosa.',
            '-Pollice_verde_Pia: Io le ho perse tutte per le lumache.',
            '-→ Orto_di_Franco: Pia, prova con la cenere attorno ai germogli.',
        ],
        [
            '-Archivio: seleziona il mese',
            '-Creato con Blogger',
        ],
    ]),
    _page('pl', 'pl-portal-grzybiszewo-pomnik', [
        [
            '-Gazeta Grzybiszewska',
            '-Grzybiszewo: 4°C, zachmurzenie',
        ],
        [
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi',
        ],
        [
            '+Nazwiska na pomniku w Grzybiszewie wykute na nowo',
            '-Czas czytania: 3 min',
        ],
        [
            '-Bronisława Jaskółczak',
            '-4 grudnia 2026, 15:30',
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
        ],
        [
            '+Kamieniarze skończyli ponowne wykuwanie 146 nazwisk na pomniku poległych przy rynku.',
            '-Odnowiona tablica z nazwiskami na pomniku.',
            '-Fot. Urząd Gminy Grzybiszewo',
            '+Litery były tak zatarte, że części nazwisk nie dało się już odczytać.',
        ],
        [
            '-Reklama',
            '-Czytaj także: Nowe oświetlenie na ulicy Szkolnej',
        ],
        [
            '+Historyk Zdzisław Dłutowiecki powiedział: „Każde z tych nazwisk to czyjś dziadek albo pradziadek; '
            'teraz znowu można je przeczytać.”',
        ],
        [
            '+Co zmieniono',
            '+Litery wykuto głębiej i pomalowano na ciemno.',
            '+Dopisano dwa nazwiska odnalezione w archiwum.',
            '-Zapisz się na nasz newsletter i otrzymuj najważniejsze wiadomości z gminy.',
            '+Kamień zabezpieczono przed wilgocią.',
        ],
        [
            '+Prace kosztowały 38 tysięcy złotych i zostały opłacone ze zbiórki mieszkańców.',
            '-Tagi: Grzybiszewo, pomnik, historia',
        ],
        [
            '+Uroczyste odsłonięcie zaplanowano na 11 listopada przyszłego roku.',
        ],
        [
            '-9 komentarzy',
            '-Marianna_z_rynku: Znalazłam tam nazwisko mojego pradziadka.',
            '-→ Redakcja: Dziękujemy, pani Marianno, chętnie opiszemy jego historię.',
            '-Stary_Kowal: Dobra robota, w końcu wszystko widać.',
            '-Ania_z_Lipowej: A gdzie są te dwa nowe nazwiska?',
        ],
        [
            '-Regulamin · Polityka prywatności · Kontakt z redakcją',
            '-© 2026 Wydawnictwo Grzybiszewskie sp. z o.o.',
        ],
    ]),
    _page('pl', 'pl-blog-ciemniawrekawie-wywolywanie', [
        [
            '-Ciemnia w Rękawie',
        ],
        [
            '-Strona główna · Poradniki · Sprzęt · O mnie',
            '-Strona główna » Wywoływanie » Worek ciemniowy',
        ],
        [
            '+Wywołuję film w worku ciemniowym, bez ciemni w domu',
        ],
        [
            '-Opublikowano 26 listopada 2026 przez Kubę',
            '-Czas czytania: 7 minut',
            '-Wpis zawiera linki afiliacyjne – kupując przez nie, wspierasz bloga.',
        ],
        [
            '+Nie mam w mieszkaniu ciemni, więc film nawijam na szpulę w worku ciemniowym.',
            '+Worek kosztował mnie 60 złotych, a koreks kupiłem używany na targu staroci.',
        ],
        [
            '-Worek ciemniowy i koreks na biurku.',
            '-Fot. Kuba',
            '+Sprzedawca na targu powiedział mi: „Pierwszy film zawsze się zaklinuje na szpuli, drugi już nigdy.”',
        ],
        [
            '-Przeczytaj też: Jak wybrać pierwszy aparat analogowy',
            '+Czego potrzebuję',
            '+Worka ciemniowego z dwoma rękawami.',
            '+Koreksu ze szpulą i otwieracza do kaset.',
            '+Nożyczek i kuchennego termometru.',
        ],
        [
            '+Pierwszy film faktycznie się zaklinował, ale klatki przeżyły.',
            '-Obserwuj bloga na Facebooku, żeby nie przegapić nowych wpisów.',
            '-Udostępnij: Facebook · Pinterest · X',
            '+W następnym wpisie opiszę, jak suszę negatywy w łazience.',
        ],
        [
            '-Skanuję negatywy na zamówienie – cennik w zakładce Usługi.',
            '-« Poprzedni wpis · Następny wpis »',
        ],
        [
            '-Komentarze (4)',
            '-Fotoamator_Piotr: Świetny poradnik! Jaki wywoływacz polecasz?',
            '-→ Kuba: Najczęściej Rodinal, Piotrze, rozcieńczony 1+50.',
            '-Ola_analogowo: U mnie też pierwszy film się zaklinował!',
            '-→ Srebrny_Halogenek: Ola, pomaga wyschnięcie rąk przed włożeniem do worka.',
        ],
        [
            '-Archiwum: wybierz miesiąc',
            '-Obsługiwane przez Blogger',
        ],
    ]),
    _page('ru', 'ru-portal-verkhnekamyshinsk-teplonasosy', [
        [
            '-Верхнекамышинский вестник',
            '-Верхнекамышинск: −3 °C, снег',
        ],
        [
            '-Новости · Общество · ЖКХ · Спорт · Афиша',
        ],
        [
            '+Владельцам старых домов в Верхнекамышинске компенсируют тепловые насосы',
            '-3 мин чтения',
        ],
        [
            '-Евдокия Скворчихина',
            '-4 декабря 2026, 14:20',
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
        ],
        [
            '+Администрация района запускает программу субсидий на тепловые насосы для домов старше 50 лет.',
            '-Дом на улице Пушкина, где уже установлен тепловой насос.',
            '-Фото: пресс-служба администрации района',
            '+Компенсировать обещают до половины стоимости оборудования, но не больше 300 тысяч рублей.',
        ],
        [
            '-Реклама',
            '-Читайте также: В районе открыли новую остановку автобуса',
        ],
        [
            '+Инженер Фаддей Обогревайло рассказал: «В старом доме насос окупится только вместе с утеплением стен и '
            'окон».',
        ],
        [
            '+Как получить субсидию',
            '+Подать заявление в МФЦ до 1 марта.',
            '+Приложить документы на дом и смету.',
            '-Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости района.',
            '+Дождаться осмотра дома специалистом.',
        ],
        [
            '+На программу в первый год выделено 12 миллионов рублей.',
            '-Теги: Верхнекамышинск, ЖКХ, отопление',
        ],
        [
            '+Первые выплаты ожидаются весной.',
        ],
        [
            '-14 комментариев',
            '-Дачник_Семёныч: А если дом деревянный, тоже можно?',
            '-→ Редакция: Можно, если дом старше 50 лет.',
            '-Марина_с_Пушкина: У нас уже стоит, зимой тепло.',
            '-Пенсионер_Иваныч: Половина всё равно дорого.',
        ],
        [
            '-О редакции · Размещение рекламы · Политика конфиденциальности',
            '-© 2026 ООО «Вестник»',
        ],
    ]),
    _page('ru', 'ru-blog-lastikinozh-shtampy', [
        [
            '-Ластик и нож',
        ],
        [
            '-Главная · Уроки · Галерея · Обо мне',
            '-Главная » Резьба » Первый штамп из ластика',
        ],
        [
            '+Режу штампы из ластика: мой первый набор',
        ],
        [
            '-Опубликовано 25 ноября 2026, автор: Вика',
            '-Время чтения: 6 минут',
            '-В статье есть партнёрские ссылки: покупая по ним, вы поддерживаете блог.',
        ],
        [
            '+Резьбу штампов я начала с обычного школьного ластика и канцелярского ножа.',
            '+Теперь у меня есть набор резцов и листы специальной резины, но первые штампы всё равно самые любимые.',
        ],
        [
            '-Первые штампы: листик, домик и кот.',
            '-Фото автора',
            '+Моя учительница рисования говорила: «Режь от себя и никогда не торопись — резина ошибок не прощает».',
        ],
        [
            '-Вам может понравиться: Как переводить рисунок на резину',
            '+Что нужно для начала',
            '+Мягкий ластик или лист резины.',
            '+Резец с двумя насадками.',
            '+Штемпельная подушка и кальки.',
        ],
        [
            '+Первый удачный штамп — кот — получился только с четвёртой попытки.',
            '-Подпишитесь на рассылку, чтобы не пропустить новые уроки.',
            '-Поделиться: ВКонтакте · Одноклассники · Pinterest',
            '+В следующий раз расскажу, как печатать штампом на ткани.',
        ],
        [
            '-Штампы на заказ принимаю в личных сообщениях.',
            '-← Предыдущая запись · Следующая запись →',
        ],
        [
            '-Комментарии (4)',
            '-Рукодельница_Оля: Какой милый кот! Какой резец вы используете?',
            '-→ Вика: Оля, самый простой, с насадками 1 и 2 мм.',
            '-Мастер_Игорь: Отличный первый набор.',
            '-→ Штампик_Лена: Игорь, а вы режете линолеум?',
        ],
        [
            '-Архив: выберите месяц',
            '-Сайт работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Heads up: this is a long one, about eighteen minutes from top to bottom.':
        "a blog's heads-up reading-time warning of eighteen minutes ('Heads up: this is a long one, about eighteen "
        "minutes from top to bottom.') is left at the head",
    'Wpis z Facebooka nie może zostać wyświetlony. Zobacz go na facebook.com.':
        "a Polish Facebook-post placeholder ('Wpis z Facebooka nie może zostać wyświetlony. Zobacz go na "
        "facebook.com.') is left in the body",
    "Nota della redazione: la foto di apertura è stata sostituita su richiesta dell'interessato.":
        'an Italian editor\'s note on a replaced opening photo ("Nota della redazione: la foto di apertura è stata '
        'sostituita su richiesta dell\'interessato.") is left in the body',
    'Tengo corsi online di sviluppo in bianco e nero: trovi il calendario su Instagram.':
        "an Italian online darkroom-courses plug ('Tengo corsi online di sviluppo in bianco e nero: trovi il "
        "calendario su Instagram.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'de-portal-quirlinghausen-eroller':
        "the Rundblick's e-scooter story keeps its newsletter prompt ('Der Rundblick-Newsletter: Jeden Morgen die "
        "wichtigsten Nachrichten aus Quirlinghausen.') between the second and third rows of the list block (1 of 20 noise lines)",
}


test_held_out_146_line, test_held_out_146_line_is_kept, test_held_out_146_page = held_out_tests(
    HELD_OUT_146_LINES, HELD_OUT_146_KEEP, HELD_OUT_146_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
