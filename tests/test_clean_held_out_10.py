"""HELD_OUT_10: a larger blind held-out set for the scraper-noise cleaner (issue 2).

Protocol. The set was written on 2026-12-01 by a helper who did not read the cleaner
(``src/spinscope/ingest/``), the platform lists of ``noisy_corpus.py`` or any earlier line list
of ``test_clean.py``; the wordings come from memory of how real sites print them (WordPress,
Blogger, Substack, Medium, Ghost, Disqus, Telegram/VK reposts, news sites and agencies, content
farms and aggregators), in en, fr, de, it, pl and ru. (One slip: a ``grep -A`` for the ``NoisyCase`` dataclass
showed the first lines of ``noisy_corpus.py``'s English WordPress share row; no line here copies
them.) It holds

* ``HELD_OUT_10_LINES``: noise lines, each inserted alone at the head (under the title), in the
  body or at the tail of the English fixture, with the kind of noise it is;
* ``HELD_OUT_10_KEEP``: article lines at an article's start or end that must be kept;
* ``HELD_OUT_10_PAGES``: six whole scraped pages, one per language, each in a different
  platform's style, with every noise line listed.

The cleaner was measured once, unchanged, against the frozen cleaner of the session start, and
every miss was then marked a strict xfail whose reason says what kind of line it is (not why the
cleaner missed it). The lines are not to be read by whoever changes the cleaner: once a rule is
written against them they are development data, and a new held-out set is needed for a figure.

Baseline, 2026-12-01 (frozen cleaner of the session start, commit 7de4ad9, before any change
made with this set in sight; ``cp tests/test_clean_held_out_10.py /tmp/wt-base/tests/ && cd
/tmp/wt-base && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-base/src python -m pytest -q
tests/test_clean_held_out_10.py -rA``):

* noise lines removed 82 of 90 (78 of 85 in the issue's categories): marker 14/14,
  reading-time 8/8, byline 10/11, footer 16/16, comments 10/11, share 7/8, notice 13/17,
  other 4/5; by language en 26/30, fr 12/12, de 9/12, it 11/12, pl 12/12, ru 12/12;
* article lines kept 31 of 31;
* pages passed 0 of 6; no page lost a paragraph (0 lost on each), and the noise lines left in
  were en 32 of 47, fr 14 of 51, de 17 of 48, it 29 of 33, pl 15 of 43, ru 14 of 44 (121 of
  266 page noise lines kept, 145 removed).

The 8 missed lines and the 6 pages were strict xfails.

After round 10, measured once (2026-12-01, main after merging the whole-page rules of
``src/spinscope/ingest/page_blocks.py``, developed on the pages of ``tests/test_clean_pages.py``,
with the line rules and the retrained edge-line classifier of the same round; neither developer
saw this file):

* noise lines removed 82 of 90, the same count: the stock ticker is now removed, and the Russian
  log-in prompt of a comment form, removed at the baseline, is now kept (a regression of the
  round's rule that a finite verb keeps a last sentence: its imperatives read as one);
* article lines kept 31 of 31;
* pages passed 1 of 6 (ru); no page lost a paragraph, and the noise lines left in are en 4 of 47,
  fr 1 of 51, de 3 of 48, it 2 of 33, pl 5 of 43, ru 0 of 44 (15 of 266 kept, 251 removed;
  121 kept at the baseline).

The 8 missed lines and the 5 pages still failing are strict xfails. This set has now been
measured after a round and read: it is development data for the next round, which needs a new
held-out set for its figure.

Development since round 11. From here on the set is development data: round 11 read its misses
and wrote general rules against them (no wording of this file is listed in the cleaner), so the
figures below are development counts, not a measurement of generalisation:

* noise lines removed 90 of 90 (82 after round 10): the Russian and German log-in prompts of a
  comment form (the imperative/infinitive shape "to comment, log in" in six languages; the
  round-10 regression fixed), the German genre byline, the paywall label, the trial offer with a
  price, the Italian subscription prompt (a name particle before "Sera" is no finite verb), the
  share prompt that asks to pass the piece on and the donation appeal after a condition;
* article lines kept 31 of 31;
* pages passed 5 of 6 (1 after round 10); no page lost a paragraph; the noise lines left in are
  en 1 of 47 (the Substack subtitle under the title, which the page rules keep as a standfirst),
  fr 0, de 0, it 0, pl 0, ru 0 (1 of 266 kept; 15 after round 10).

The one page still failing (en) is a strict xfail.
"""

from __future__ import annotations

import pytest

from noisy_corpus import page_from_blocks as _page
from test_clean import _held_out, _insert, _problems

# (where, line, category); where as in ``_insert``
HELD_OUT_10_LINES = [
    # --- English: agencies, news sites, WordPress, Blogger, Substack, Medium, Ghost, farms ---
    ("head", "Home › News › US Politics", "footer"),
    ("head", "By Sarah Whitfield, Chief Political Correspondent", "byline"),
    ("head", "Published 6:14 AM EST, Thu March 14, 2024", "reading-time"),
    ("head", "Member-only story", "notice"),
    ("head", "Follow · 7 min read · Mar 3, 2024", "reading-time"),
    ("head", "This post may contain affiliate links. Please read our disclosure policy for details.",
     "notice"),
    ("head", "Listen to this article · 5:32 min", "other"),
    ("body", "ADVERTISEMENT - SCROLL TO CONTINUE WITH CONTENT", "marker"),
    ("body", "Story continues", "marker"),
    ("tail", "Promoted Links by Taboola", "marker"),
    ("tail", "Continue reading on NewsBreak", "marker"),
    ("tail", "Reporting by David Lawder; Additional reporting by Jeff Mason; Editing by Sandra Maler",
     "byline"),
    ("tail", "Sarah Whitfield covers Congress for the Tribune. Follow her on X @swhitfield.", "byline"),
    ("tail", "My new book, “The Quiet Coup,” is out now from Harper — order a signed copy here!",
     "byline"),
    ("tail", "Posted by Dave at 10:15 PM No comments:", "byline"),
    ("tail", "Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest", "share"),
    ("tail", "Our Standards: The Thomson Reuters Trust Principles.", "footer"),
    ("tail", "Copyright 2024 The Associated Press. All rights reserved. This material may not be "
             "published, broadcast, rewritten or redistributed without permission.", "notice"),
    ("tail", "Posted in Uncategorized | 3 Comments", "footer"),
    ("tail", "Proudly powered by WordPress | Theme: Astra by Brainstorm Force.", "footer"),
    ("tail", "12 thoughts on “Why the Senate deal will not hold”", "comments"),
    ("tail", "JerseyGirl62 on March 15, 2024 at 9:41 am", "comments"),
    ("tail", "Like · Reply · 3h", "comments"),
    ("tail", "Share on Facebook Share on X Share via Email Copy link", "share"),
    ("tail", "Enjoyed this piece? Pass it on to a friend who would too!", "share"),
    ("tail", "Sign up for our Morning Briefing newsletter — the day's top stories in your inbox by 7am.",
     "notice"),
    ("tail", "Thanks for reading The Ledger! Subscribe for free to receive new posts and support my "
             "work.", "notice"),
    ("tail", "If you value our independent journalism, please consider a small donation. "
             "Every dollar counts.", "notice"),
    ("tail", "Dow 38,904.04 ▲ 0.12%  Nasdaq 16,274.94 ▲ 0.51%", "other"),
    ("tail", "We're hiring: Senior Politics Reporter (Washington, D.C.) — apply now", "other"),
    # --- French: Le Monde, Le Figaro, AFP, 20 Minutes, WordPress fr, Overblog ---
    ("head", "Accueil > Politique > Assemblée nationale", "footer"),
    ("head", "Par Julien Marchand Publié le 12 mars 2024 à 18h45, modifié à 19h02", "byline"),
    ("head", "Temps de lecture : 5 min", "reading-time"),
    ("head", "Article réservé aux abonnés", "notice"),
    ("body", "Publicité", "marker"),
    ("body", "Lire aussi | Retraites : le gouvernement recule sur l'âge légal", "footer"),
    ("tail", "Avec AFP", "byline"),
    ("tail", "Partager sur Facebook Partager sur X Envoyer par e-mail", "share"),
    ("tail", "Il vous reste 78% de cet article à lire. La suite est réservée aux abonnés.", "notice"),
    ("tail", "Inscrivez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actualité.",
     "notice"),
    ("tail", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
     "comments"),
    ("tail", "Jean-Pierre D. · il y a 3 heures", "comments"),
    # --- German: Spiegel, FAZ, Bild, Zeit, dpa, Tagesschau, WordPress de ---
    ("head", "Startseite › Politik › Deutschland", "footer"),
    ("head", "Ein Kommentar von Markus Feldmann", "byline"),
    ("head", "Aktualisiert am 14.03.2024 - 17:32", "reading-time"),
    ("head", "Artikel anhören • 6 Minuten", "other"),
    ("body", "Anzeige", "marker"),
    ("tail", "Quelle: dpa/AFP/rtr", "marker"),
    ("tail", "© dpa-infocom, dpa:240314-99-334512/3", "marker"),
    ("tail", "Artikel teilen per: Facebook · WhatsApp · E-Mail", "share"),
    ("tail", "BILDplus Inhalt – jetzt 4 Wochen für 0,99 € testen", "notice"),
    ("tail", "Melden Sie sich an, um zu kommentieren.", "comments"),
    ("tail", "Impressum | Datenschutz | Cookie-Einstellungen", "footer"),
    ("tail", "Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.", "notice"),
    # --- Italian: Corriere, Repubblica, ANSA, Il Fatto, Blogger/WordPress it ---
    ("head", "Home / Politica / Governo", "footer"),
    ("head", "di Marco Bellini", "byline"),
    ("head", "14 marzo 2024 - 18:27 | Tempo di lettura: 3 minuti", "reading-time"),
    ("body", "PUBBLICITÀ", "marker"),
    ("body", "LEGGI ANCHE: Meloni, il premierato torna in aula", "footer"),
    ("tail", "RIPRODUZIONE RISERVATA © Copyright ANSA", "footer"),
    ("tail", "Condividi questo articolo", "share"),
    ("tail", "Iscriviti alla newsletter di Repubblica: le notizie del giorno direttamente nella tua "
             "casella di posta", "notice"),
    ("tail", "Abbonati a Corriere della Sera per leggere senza limiti", "notice"),
    ("tail", "Lascia un commento Annulla risposta", "comments"),
    ("tail", "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
     "comments"),
    ("tail", "Sostieni l'informazione libera: fai una donazione", "notice"),
    # --- Polish: Onet, Wyborcza, WP, Interia, PAP, WordPress pl ---
    ("head", "Strona główna » Polityka » Kraj", "footer"),
    ("head", "Autor: Tomasz Nowicki", "byline"),
    ("head", "Opublikowano: 14.03.2024, 08:15 · Aktualizacja: 14.03.2024, 09:40", "reading-time"),
    ("head", "Czas czytania: 4 min", "reading-time"),
    ("body", "REKLAMA", "marker"),
    ("body", "Czytaj także: Sejm przyjął ustawę o KRS", "footer"),
    ("tail", "Źródło: PAP", "marker"),
    ("tail", "Udostępnij na Facebooku", "share"),
    ("tail", "Komentarze (41)", "comments"),
    ("tail", "Dodaj komentarz Anuluj pisanie odpowiedzi", "comments"),
    ("tail", "Zapisz się na nasz newsletter i bądź na bieżąco", "notice"),
    ("tail", "Wesprzyj niezależne dziennikarstwo — wpłać darowiznę", "notice"),
    # --- Russian: RIA, TASS, RT, Meduza, Lenta, Telegram/VK reposts ---
    ("head", "Главная / Политика", "footer"),
    ("head", "Автор: Алексей Смирнов", "byline"),
    ("head", "14 марта 2024, 12:30 · 1 245 просмотров", "reading-time"),
    ("head", "Переслано из канала «Политика сегодня»", "marker"),
    ("body", "Реклама", "marker"),
    ("body", "Читайте также: В Госдуме предложили новый налог", "footer"),
    ("tail", "Источник: РИА Новости", "marker"),
    ("tail", "Поделиться ВКонтакте Одноклассники Telegram", "share"),
    ("tail", "Подписывайтесь на наш канал в Telegram", "notice"),
    ("tail", "Чтобы оставить комментарий, войдите или зарегистрируйтесь", "comments"),
    ("tail", "© 2024 МИА «Россия сегодня». Все права защищены.", "footer"),
    ("tail", "Нашли опечатку? Выделите текст и нажмите Ctrl+Enter", "other"),
]

# (where, line): article text at the start or the end of an article, to be kept
HELD_OUT_10_KEEP = [
    # English
    ("head", "WASHINGTON (AP) — Senate leaders struck a deal late Tuesday to avert a shutdown."),
    ("head", "The vote that wasn't"),
    ("tail", "That, at least, is the hope"),
    ("tail", "“We will not be bullied,” she said."),
    ("tail", "The party said it would share the findings with the electoral commission next week."),
    ("tail", "More than 40 people left comments on the council's consultation page, most of them "
             "opposed."),
    ("tail", "Subscribers to the union's newsletter were told of the strike on Friday."),
    ("tail", "Advertising by political parties is banned in the final 48 hours before the vote."),
    ("tail", "A photo of the meeting, released by the Kremlin, showed Putin alone at the table."),
    ("tail", "Read more of the ministry's 200-page report and the case against it looks thin."),
    ("tail", "Follow the money, he told reporters, and you will find the minister."),
    # French
    ("head", "PARIS (AFP) – Le gouvernement a engagé mardi sa responsabilité sur le budget."),
    ("tail", "« Nous ne lâcherons rien », a-t-il conclu."),
    ("tail", "Le ministre n'a pas souhaité commenter ces informations."),
    ("tail", "Plus de 300 000 personnes se sont abonnées à la lettre d'information du parti depuis "
             "janvier."),
    # German
    ("head", "Was der Haushalt für Familien bedeutet"),
    ("tail", "Ob das reicht, ist offen"),
    ("tail", "„Wir lassen uns nicht erpressen“, sagte Merz."),
    ("tail", "Kommentieren wollte das Kanzleramt den Vorgang nicht."),
    ("tail", "Das Urheberrecht an den Fotos liegt nach Angaben des Ministeriums beim Bund."),
    # Italian
    ("head", "ROMA – Il governo ha posto la fiducia sul decreto."),
    ("tail", "«Non faremo un passo indietro», ha detto la premier."),
    ("tail", "La pubblicità elettorale sarà vietata dal giorno prima del voto."),
    ("tail", "Staremo a vedere"),
    # Polish
    ("head", "WARSZAWA (PAP) – Prezydent zawetował ustawę o mediach publicznych."),
    ("tail", "„Nie ustąpimy” – powiedział premier."),
    ("tail", "Czy to wystarczy, okaże się wkrótce"),
    # Russian
    ("head", "МОСКВА, 14 марта — РИА Новости. Госдума приняла закон о выборах в первом чтении."),
    ("tail", "«Мы не отступим», — заявил он."),
    ("tail", "Подписчики канала узнали о решении раньше официального объявления."),
    ("tail", "Что будет дальше, пока неясно"),
]


HELD_OUT_10_PAGES = {
    # English: a Substack newsletter post, opinion
    "en": _page("en-substack-opinion", [
        ["-The Lamplighter", "-Subscribe", "-Sign in"],
        ["+The Governor's Veto Was the Easy Part"],
        ["-Why the real fight over the transit bill starts now"],
        ["-Ruth Adebayo", "-Apr 9, 2024", "-∙ Paid"],
        ["-214", "-37", "-Share"],
        ["+When Governor Halvorsen vetoed the transit funding bill on Monday, she framed it as a "
         "stand against waste. Her office released a two-page statement, a chart of cost "
         "overruns and a promise to bring back a leaner plan by summer."],
        ["+Nobody in the capitol believes that promise. The legislature has passed some version of "
         "this bill three times in five years, and each time the governor's allies have found a "
         "new reason to send it back."],
        ["+What has changed is the arithmetic. Two suburban senators who voted to sustain the last "
         "veto lost their primaries to candidates who ran almost entirely on bus service. The "
         "override now needs just one more vote in the upper chamber."],
        ["+That vote belongs to Senator Paul Grieve, who has said nothing in public since the "
         "veto. His district gained a rail stop in the bill's final draft, which is either a "
         "coincidence or the whole story."],
        ["+If Grieve votes to override, the governor loses more than a bill. She loses the "
         "argument she plans to run on next year, and she knows it."],
        ["-Thanks for reading The Lamplighter! This post is public, so feel free to forward it.",
         "-Share"],
        ["-Type your email…", "-Subscribe"],
        ["-Ruth Adebayo writes The Lamplighter, a weekly letter on state politics. She covered "
         "the statehouse for eleven years before going independent."],
        ["-214 Likes", "-∙", "-9 Restacks"],
        ["-37 Comments"],
        ["-Mike Ferraro", "-Apr 9"],
        ["-Grieve will fold. He always does when the unions call."],
        ["-Reply", "-Share"],
        ["-Dana K.", "-Apr 9", "-Liked by Ruth Adebayo"],
        ["-The rail stop detail is the best reporting I've seen on this anywhere."],
        ["-Reply", "-Share", "-1 reply by Ruth Adebayo"],
        ["-oldtransitguy", "-Apr 10"],
        ["-You're underestimating how much the governor's donors care about this one."],
        ["-Reply", "-Share"],
        ["-35 more comments..."],
        ["-Top", "-Latest", "-Discussions"],
        ["-No posts"],
        ["-Ready for more?"],
        ["-© 2024 Ruth Adebayo", "-Privacy ∙ Terms ∙ Collection notice",
         "-Start Writing", "-Get the app",
         "-Substack is the home for great culture"],
    ]),
    # French: a WordPress blog in a French theme, opinion
    "fr": _page("fr-wordpress-tribune", [
        ["-Aller au contenu", "-Le Carnet Républicain", "-Chroniques politiques et sociales",
         "-Menu"],
        ["-Accueil » Tribunes » Institutions"],
        ["+Dissolution : le pari perdu d'avance"],
        ["-Publié le 18 juin 2024 par Hélène Vasseur", "-— 6 commentaires"],
        ["+Il aura suffi d'une soirée électorale pour que le chef de l'État renverse la table. "
         "La dissolution, annoncée à 21 heures, a pris de court jusqu'à ses propres ministres."],
        ["+Le calcul paraît simple : obliger les électeurs à choisir entre l'ordre et l'aventure. "
         "Mais ce calcul suppose une majorité qui n'existe plus depuis deux ans."],
        ["+Dans les circonscriptions, les candidats sortants découvrent qu'ils devront faire "
         "campagne en trois semaines, sans programme commun et souvent sans affiches."],
        ["+L'opposition, elle, n'a jamais été aussi divisée, et c'est peut-être la seule carte qui "
         "reste au président."],
        ["+Reste une question que personne à l'Élysée ne semble s'être posée : que fera-t-on le "
         "8 juillet si aucune majorité ne sort des urnes ?"],
        ["-Partager :", "-Facebook", "-X", "-LinkedIn", "-Imprimer"],
        ["-J'aime ça :", "-J'aime chargement…"],
        ["-Catégories : Tribunes", "-Étiquettes : Assemblée, dissolution, élections législatives"],
        ["-Hélène Vasseur", "-Juriste de formation, Hélène Vasseur tient ce carnet depuis 2012. "
         "Elle a publié « La République des sondages » (Éditions du Cerf, 2021).",
         "-Voir tous les articles par Hélène Vasseur"],
        ["-Navigation de l'article", "-← Européennes : les leçons d'un scrutin",
         "-Cohabitation : mode d'emploi →"],
        ["-Articles similaires"],
        ["-Le Sénat, dernier rempart ?", "-Quand la Ve République vacille"],
        ["-6 réflexions sur « Dissolution : le pari perdu d'avance »"],
        ["-Gérard Lemoine", "-18 juin 2024 à 22 h 14 min"],
        ["-Excellente analyse, comme toujours. Je crains hélas que vous ayez raison."],
        ["-Répondre"],
        ["-Sophie_B", "-19 juin 2024 à 7 h 02 min"],
        ["-Pas d'accord : la dissolution clarifie les choses, enfin."],
        ["-Répondre"],
        ["-Hélène Vasseur", "-19 juin 2024 à 9 h 30 min"],
        ["-Merci Sophie, on en reparlera le 8 juillet !"],
        ["-Répondre"],
        ["-Laisser un commentaire"],
        ["-Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont marqués d'un *",
         "-Commentaire *", "-Nom *", "-E-mail *", "-Site web",
         "-Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain "
         "commentaire.",
         "-Laisser un commentaire"],
        ["-Recevez les nouveaux articles par e-mail", "-Adresse e-mail", "-S'abonner"],
        ["-Propulsé par WordPress | Thème : Twenty Twenty-Four",
         "-Ce site utilise Akismet pour réduire les indésirables."],
    ]),
    # German: a national news site with reader comments
    "de": _page("de-nachrichtenportal", [
        ["-Politik", "-Inland", "-Bundestag"],
        ["-Schuldenbremse"],
        ["+Koalition ringt um Ausnahme für Verteidigung"],
        ["-Von Jan Hoffmeister und Lea Brandt, Berlin", "-15.03.2024, 06.12 Uhr",
         "-• aus DER TAGESSPIEGEL", "-⏱ 4 Min."],
        ["-Zur Merkliste hinzufügen", "-Link kopieren", "-Teilen"],
        ["+Im Streit um die Schuldenbremse zeichnet sich in der Koalition ein Kompromiss ab. "
         "Nach Informationen aus Fraktionskreisen sollen Ausgaben für die Bundeswehr künftig "
         "teilweise aus der Regel herausgerechnet werden."],
        ["+Die FDP hatte eine solche Ausnahme bislang abgelehnt. Finanzminister Lindner sprach "
         "noch im Januar von einem „Taschenspielertrick“."],
        ["+Inzwischen heißt es aus seinem Ministerium, man sei „für jede verfassungsfeste Lösung "
         "offen“. Eine Grundgesetzänderung bräuchte allerdings die Stimmen der Union."],
        ["+Deren Fraktionschef ließ am Donnerstag offen, ob die Opposition zustimmen würde. "
         "Man werde sich den Vorschlag genau ansehen, sagte er."],
        ["+Eine Einigung könnte schon in der kommenden Sitzungswoche vorliegen."],
        ["-Mehr zum Thema", "-Haushaltsstreit: Was die Ampel jetzt plant",
         "-Bundeswehr: Pistorius fordert zehn Milliarden mehr"],
        ["-Themen", "-Schuldenbremse", "-Christian Lindner", "-Bundeshaushalt"],
        ["-Newsletter „Politik am Morgen“",
         "-Jeden Werktag um 6 Uhr: die wichtigsten Nachrichten aus Berlin. Kostenlos "
         "abonnieren.",
         "-E-Mail-Adresse", "-Anmelden"],
        ["-Leserkommentare (3)", "-Kommentar schreiben"],
        ["-Hanseat_1960", "-15.03.2024, 07:40 Uhr"],
        ["-Das nennt man dann wohl kreative Buchführung."],
        ["-Antworten", "-Melden", "-12 Empfehlungen"],
        ["-K. Wiedemann", "-15.03.2024, 08:02 Uhr"],
        ["-Endlich bewegt sich etwas. Die Bundeswehr kann nicht noch zwei Jahre warten."],
        ["-Antworten", "-Melden", "-7 Empfehlungen"],
        ["-bürger_aus_kassel", "-15.03.2024, 09:15 Uhr"],
        ["-Und wer zahlt das am Ende? Richtig, unsere Kinder."],
        ["-Antworten", "-Melden"],
        ["-Alle Kommentare anzeigen"],
        ["-Die Kommentarfunktion wird um 22 Uhr geschlossen. Bitte beachten Sie unsere "
         "Netiquette."],
        ["-Datenschutzerklärung", "-AGB", "-Kontakt", "-Mediadaten",
         "-© Verlag Der Tagesspiegel GmbH"],
    ]),
    # Italian: a Blogger blog, opinion
    "it": _page("it-blogger-opinione", [
        ["-Il Taccuino di Piazza Montecitorio"],
        ["-Pagine", "-Home", "-Chi sono", "-Contatti"],
        ["-venerdì 22 marzo 2024"],
        ["+Premierato, la riforma che nessuno ha letto"],
        ["+In Senato si discute da settimane del premierato, ma a sentire i corridoi di Palazzo "
         "Madama sono pochi i senatori che hanno letto davvero il testo."],
        ["+Il punto più controverso resta il premio di maggioranza, che la legge non fissa e "
         "rimanda a una futura legge elettorale. È come comprare una casa senza sapere quante "
         "stanze avrà."],
        ["+Le opposizioni hanno presentato oltre tremila emendamenti, quasi tutti destinati a "
         "cadere. Ma ne basterebbero due o tre ben scritti per mettere in difficoltà la "
         "maggioranza."],
        ["+Il governo punta ad approvare la prima lettura prima delle europee. Se ci riuscirà, "
         "il referendum confermativo arriverà non prima del 2026."],
        ["-Pubblicato da Gianni Ferraresi alle 11:42", "-4 commenti:"],
        ["-Invia tramite emailPostalo sul blogCondividi su XCondividi su FacebookCondividi su "
         "Pinterest"],
        ["-Etichette: premierato, riforme, Senato"],
        ["-Marta P. ha detto...", "-Analisi lucida. Peccato che in tv nessuno ne parli così.",
         "-22 marzo 2024 alle ore 13:05"],
        ["-Anonimo ha detto...", "-Tremila emendamenti sono solo ostruzionismo, altro che "
         "democrazia.",
         "-22 marzo 2024 alle ore 15:20"],
        ["-Luca_dal_Veneto ha detto...",
         "-@Anonimo l'ostruzionismo è uno strumento legittimo del Parlamento.",
         "-22 marzo 2024 alle ore 16:48"],
        ["-Gianni Ferraresi ha detto...", "-Grazie a tutti per i commenti, ne riparleremo.",
         "-23 marzo 2024 alle ore 09:10"],
        ["-Posta un commento"],
        ["-Post più recente Post più vecchio Home page"],
        ["-Iscriviti a: Commenti sul post (Atom)"],
        ["-Informazioni personali", "-Gianni Ferraresi",
         "-Ex cronista parlamentare, scrivo di istituzioni e di legge elettorale.",
         "-Visualizza il mio profilo completo"],
        ["-Archivio blog", "-► 2024 (12)", "-► 2023 (31)"],
        ["-Tema Semplice. Powered by Blogger."],
    ]),
    # Polish: a news portal, news report
    "pl": _page("pl-portal-wiadomosci", [
        ["-Wiadomości", "-Kraj", "-Polityka"],
        ["+Sejm odrzucił wniosek o wotum nieufności wobec ministra"],
        ["-Anna Kowalczyk", "-Dziennikarka działu krajowego",
         "-Dzisiaj, 14:32", "-Aktualizacja: dzisiaj, 16:05"],
        ["-Ten tekst przeczytasz w 3 minuty"],
        ["-Udostępnij", "-Skomentuj", "-Zapisz"],
        ["+Sejm nie zgodził się w piątek na odwołanie ministra infrastruktury. Za wnioskiem "
         "opozycji głosowało 198 posłów, przeciw było 241, a czterech wstrzymało się od głosu."],
        ["+Posłowie opozycji zarzucali ministrowi opóźnienia w budowie szybkiej kolei i brak "
         "nadzoru nad spółkami kolejowymi. Minister odpowiadał, że opóźnienia odziedziczył po "
         "poprzednikach."],
        ["+W debacie najostrzej wypowiadał się poseł Marek Zieliński, który nazwał ministra "
         "„urzędnikiem od przecinania wstęg”. Wywołało to protest ław rządowych."],
        ["+Po głosowaniu minister podziękował koalicji za zaufanie i zapowiedział przedstawienie "
         "nowego harmonogramu inwestycji jeszcze w tym miesiącu."],
        ["-Tagi: Sejm, wotum nieufności, kolej"],
        ["-Podobają Ci się nasze artykuły? Obserwuj nas w Wiadomościach Google."],
        ["-Polecamy", "-Premier zapowiada rekonstrukcję rządu. Kto straci stanowisko?",
         "-Kolej dużych prędkości. Znamy nowy termin"],
        ["-Najważniejsze informacje z kraju i ze świata prosto na Twoją skrzynkę. Zapisz się do "
         "newslettera.",
         "-Adres e-mail", "-Zapisz się"],
        ["-Komentarze (3)", "-Sortuj: Najnowsze"],
        ["-jan_z_lodzi", "-2 godz. temu"],
        ["-Jak zwykle nikt za nic nie odpowiada."],
        ["-Odpowiedz", "-👍 14", "-👎 3"],
        ["-Krystyna", "-1 godz. temu"],
        ["-A ta kolej i tak nigdy nie powstanie."],
        ["-Odpowiedz", "-👍 6", "-👎 1"],
        ["-obserwator2024", "-45 min temu"],
        ["-Opozycja powinna najpierw przeczytać raport NIK, a potem składać wnioski."],
        ["-Odpowiedz", "-👍 2"],
        ["-Zaloguj się, aby dodać komentarz"],
        ["-Regulamin", "-Polityka prywatności", "-Ustawienia prywatności",
         "-© 2024 Ringier Axel Springer Polska sp. z o.o."],
    ]),
    # Russian: an aggregator reposting a Telegram post, with VK-style comments
    "ru": _page("ru-agregator-telegram", [
        ["-Новости", "-Политика", "-Регионы", "-Мнения"],
        ["+Губернатор объявил об отставке после трёх лет конфликта с заксобранием"],
        ["-Опубликовано: 15.03.2024 в 10:45", "-👁 3 412", "-💬 4"],
        ["-Мария Белова", "-Политический обозреватель"],
        ["+Губернатор области в пятницу объявил о досрочной отставке. Заявление он опубликовал в "
         "своём телеграм-канале рано утром, не предупредив даже собственную администрацию."],
        ["+Отношения губернатора с областным заксобранием испортились почти сразу после выборов. "
         "Депутаты трижды отклоняли его бюджет и дважды пытались выразить ему недоверие."],
        ["+Источники в администрации говорят, что решение было принято после встречи в Москве на "
         "прошлой неделе. Официально причины отставки не называются."],
        ["+Временно исполняющего обязанности губернатора, по данным местных СМИ, назначат уже на "
         "следующей неделе. Среди возможных кандидатов называют вице-губернатора по экономике."],
        ["+Досрочные выборы главы региона должны пройти в единый день голосования в сентябре."],
        ["-Подписаться на канал", "-🔥 212 👍 87 😢 15"],
        ["-Теги: губернатор, отставка, выборы"],
        ["-Поделиться:", "-VK", "-OK", "-TG", "-WA"],
        ["-Мария Белова — политический обозреватель, автор телеграм-канала «Белова о власти». "
         "Пишите ей: belova@example.ru"],
        ["-Читайте нас в Дзене и подписывайтесь на рассылку — главное за день в одном письме."],
        ["-Ещё по теме", "-Заксобрание трижды провалило бюджет области",
         "-Кто станет новым губернатором: три сценария"],
        ["-Комментарии"],
        ["-Виктор Семёнов", "-15 мар в 11:02"],
        ["-Давно пора было уходить."],
        ["-Ответить", "-Нравится 23"],
        ["-Ольга Иванова", "-15 мар в 11:40"],
        ["-А кто будет вместо? Опять пришлют варяга из Москвы."],
        ["-Ответить", "-Нравится 9"],
        ["-Андрей К.", "-15 мар в 12:15"],
        ["-Ольга, скорее всего так и будет."],
        ["-Ответить", "-Нравится 4"],
        ["-Показать ещё 1 комментарий"],
        ["-Написать комментарий...", "-Отправить"],
        ["-18+", "-При полном или частичном использовании материалов ссылка на сайт обязательна.",
         "-О проекте | Реклама | Контакты"],
    ]),
}


@pytest.mark.parametrize("where, line, category", HELD_OUT_10_LINES)
def test_held_out_10_line(where, line, category):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", HELD_OUT_10_KEEP)
def test_held_out_10_line_is_kept(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


_PAGE_MISSES = {  # every page was a miss at the baseline measurement
    "en": "a Substack page: masthead, subtitle, author and date, like/restack counts, comment "
          "thread, archive tabs and footer",
}


@pytest.mark.parametrize("lang", [pytest.param(lang, marks=_held_out(_PAGE_MISSES[lang]))
                                  if lang in _PAGE_MISSES else lang
                                  for lang in HELD_OUT_10_PAGES])
def test_held_out_10_page(lang):
    assert _problems(HELD_OUT_10_PAGES[lang], lang) == []
