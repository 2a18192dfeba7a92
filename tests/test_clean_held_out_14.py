"""Held-out set 14: written blind, weighted toward whole scraped pages.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, the lists of
tests/test_clean.py and of held-out sets 10 to 13); only the helpers ``_insert``, ``_problems``,
``_held_out``, ``_fixture``, ``FIXTURES``, the ``NoisyCase`` dataclass, the docstring of held-out
set 13 and its test functions and ``_page`` helper were read. One slip, reported by the writer: a
too-wide print of tests/test_clean.py showed the development lists ``HELD_OUT_LINES``,
``HELD_OUT_THREADS`` and the first lines of ``HELD_OUT_2_LINES`` before anything was written;
three lines here are of families seen there ("Lascia un commento", "Udostępnij na Facebooku",
de-welt's "Mehr zum Thema"). The lines and pages are written from
memory of how real sites print them, in en/fr/de/it/pl/ru; the page articles are invented. The
set was measured once against the frozen cleaner at the start of round 14 (commit 396394b) and
every failing case is marked as a strict xfail whose reason describes the line or page, not a
rule.

Baseline (2026-12-01, frozen cleaner 396394b, measured with
``SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-c15/src python -m pytest -q
tests/test_clean_held_out_14.py -rA`` in the worktree /tmp/wt-c15 and a script calling
``_problems``): noise lines removed 45/46 (marker 3/3, reading-time 8/8, byline 6/6, footer 7/7,
comments 5/5, share 5/5, notice 8/8, other 3/4; by language en 14, fr 7, de 7, it 6, pl 6, ru 6);
keep lines kept 23/23; pages 2/10 clean (de-wordpress-free, pl-wpolityce), 16 of 315 page noise
lines left ("kept boilerplate" and "not reported" problems): fr-lepoint 4 of 35, it-ilpost 4 of
25, en-squarespace-blog 2 of 24, ru-lenta 2 of 20, en-uk-newspaper 1 of 44, en-amp-news 1 of 22,
de-welt 1 of 40, ru-dzen 1 of 35. One paragraph lost: en-uk-newspaper's last paragraph, placed
after a tags list and share row in the middle of the page. Open question for the reader: ru-lenta's
"Ранее Лента.ру сообщала, ..." closing line is labelled noise here; annotators may count it as
article text.

After round 14 (rules developed on held-out set 13 and the earlier development sets; this file was
not opened by the developer), measured once on 2026-12-01 at commit 6725e66 with
``python scripts/clean_held_out_report.py --tests <worktree>/tests --sets 14`` in a worktree of
that commit: exactly the baseline (lines 45/46, keep 23/23, pages 2/10 clean, 16 of 315 page
noise lines left, the same paragraph lost). Round 14 took set 13, its development set, from 5/12
to 12/12 clean pages and moved no fresh page. Measured and read: development data for the next
round.

Development since round 15: en-uk-newspaper's last paragraph (under the tags list and the share
row) is kept, as a paragraph parted from the body only by tags and a share row is the body's now;
its byline stays (pages 2/10 clean, 16 of 315 page noise lines left, no paragraph lost).

Development since round 16: lines 46/46 (the "WATCH: ..." player label goes), pages 9/10 clean
(en-uk-newspaper's name with a job title, en-amp-news's app prompt, de-welt's "Quelle: WELT/<name>"
credit, it-ilpost's bracketed agency credit, related list and support appeal, ru-dzen's
like-and-subscribe appeal, fr-lepoint's newsletter box between paragraphs, en-squarespace-blog's
author name and bio now go; ru-lenta
keeps its "Ранее Лента.ру сообщала" line only).
"""

from __future__ import annotations

import pytest

from noisy_corpus import page_from_blocks as _page  # '+' article lines, '-' noise, blocks of lines
from test_clean import _held_out, _insert, _problems

# --- single noise lines: (where, line, category) --------------------------------------------

HELD_OUT_14_LINES = [
    # en
    ("body", "Story continues below advertisement", "marker"),
    ("tail", "This article was originally published on The Conversation. Read the original article.", "marker"),
    ("head", "5 min read · Mar 14, 2023", "reading-time"),
    ("head", "Last updated: 14 March 2023 09:12 GMT", "reading-time"),
    ("tail", "Reporting by Ellen Park in Washington; Editing by Mark Heinrich", "byline"),
    ("tail", "Jane Doe is a senior fellow at the Institute for Policy Studies and the author of “The Hollow State” (Verso, 2021).", "byline"),
    ("tail", "Theme: Twenty Twenty-One by WordPress.org", "footer"),
    ("tail", "Filed Under: Politics, World News", "footer"),
    ("tail", "Comments are closed.", "comments"),
    ("tail", "Tweet Share Pin Email", "share"),
    ("tail", "Sign up for our free morning briefing and get the day's top stories in your inbox.", "notice"),
    ("tail", "You have 2 free articles remaining this month. Subscribe now for unlimited access.", "notice"),
    ("body", "WATCH: Senate votes on the border bill", "other"),
    ("tail", "Weather: London 12°C Light rain", "other"),
    # fr
    ("head", "Lecture : 4 min.", "reading-time"),
    ("head", "Publié le 12 mars 2023 à 18h30, modifié le 13 mars 2023 à 07h12", "reading-time"),
    ("head", "Par Claire Dubois avec AFP", "byline"),
    ("tail", "Cet article est réservé aux abonnés. Il vous reste 80% à découvrir.", "notice"),
    ("tail", "Réagir à cet article", "comments"),
    ("tail", "Partager sur Facebook Partager sur Twitter Envoyer par e-mail", "share"),
    ("body", "Lire aussi : Retraites, le gouvernement recule sur l'âge légal", "footer"),
    # de
    ("head", "3 Min. Lesezeit", "reading-time"),
    ("tail", "Quelle: dpa/AFP/ler", "byline"),
    ("tail", "Weitere Artikel aus dem Ressort Politik", "footer"),
    ("tail", "Diskutieren Sie mit: 17 Kommentare", "comments"),
    ("tail", "Newsletter abonnieren: Die wichtigsten Nachrichten des Tages jeden Morgen per E-Mail.", "notice"),
    ("body", "Anzeige", "marker"),
    ("tail", "DAX 15.412 +0,8%  Dow Jones 33.120 -0,2%  EUR/USD 1,0712", "other"),
    # it
    ("head", "Tempo di lettura: 3 minuti", "reading-time"),
    ("head", "di Marco Rossi", "byline"),
    ("tail", "© RIPRODUZIONE RISERVATA", "footer"),
    ("tail", "Condividi questo articolo su Facebook, X e WhatsApp", "share"),
    ("tail", "Iscriviti alla newsletter di Open", "notice"),
    ("tail", "Lascia un commento", "comments"),
    # pl
    ("head", "Czas czytania: 4 min", "reading-time"),
    ("tail", "Autor: Anna Nowak, dziennikarka działu Kraj", "byline"),
    ("tail", "Komentarze (23)", "comments"),
    ("tail", "Udostępnij na Facebooku", "share"),
    ("tail", "Materiał chroniony prawem autorskim. Wszelkie prawa zastrzeżone.", "footer"),
    ("tail", "Wesprzyj niezależne dziennikarstwo – wpłać darowiznę", "notice"),
    # ru
    ("head", "Время чтения: 5 минут", "reading-time"),
    ("tail", "Читайте также:", "footer"),
    ("tail", "Подписывайтесь на наш Telegram-канал", "notice"),
    ("tail", "Поделиться ВКонтакте Одноклассники Telegram", "share"),
    ("tail", "При использовании материалов ссылка на РИА Новости обязательна", "notice"),
    ("tail", "Опрос: Поддерживаете ли вы повышение налогов? Да / Нет", "other"),
]

# strict xfails after the baseline: line -> reason
_LINE_XFAIL: dict[str, str] = {
}


def _line_params():
    for where, line, category in HELD_OUT_14_LINES:
        marks = [_held_out(_LINE_XFAIL[line])] if line in _LINE_XFAIL else []
        yield pytest.param(where, line, category, id=f"{category}-{line[:40]}", marks=marks)


# --- legitimate article lines at the edges: (where, line) -----------------------------------

HELD_OUT_14_KEEP = [
    ("tail", "He did not say when."),
    ("tail", "“We will be back,” she said"),
    ("head", "LONDON, March 14 (Reuters) - Britain's opposition Labour Party on Tuesday called for an inquiry into the contract."),
    ("tail", "The newsletter, sent to 40,000 party members on Friday, urged them to stay home."),
    ("tail", "Comments on the draft can be submitted until June 30"),
    ("tail", "Share prices of the state-owned lender fell 4% after the announcement."),
    ("tail", "Copyright over the photographs remains disputed, the court said."),
    ("tail", "Le vote est prévu jeudi."),
    ("tail", "« Nous ne céderons pas », a conclu le ministre"),
    ("head", "Une réforme contestée"),
    ("tail", "Le ministère n'a pas souhaité faire de commentaire."),
    ("tail", "Die Abstimmung ist für Donnerstag geplant"),
    ("tail", "Wer die Werbekampagne bezahlt hat, blieb offen."),
    ("head", "Berlin (dpa) - Die Koalition hat sich nach langen Verhandlungen auf einen Haushaltsentwurf geeinigt."),
    ("tail", "La decisione è attesa per lunedì"),
    ("tail", "«Andremo fino in fondo», ha detto Conte."),
    ("tail", "Il video è stato condiviso migliaia di volte sui social."),
    ("tail", "Głosowanie odbędzie się w piątek."),
    ("tail", "– Nie ustąpimy – zapowiedział premier"),
    ("tail", "Więcej szczegółów rząd ma przedstawić w przyszłym tygodniu."),
    ("tail", "Решение ожидается в понедельник."),
    ("tail", "«Мы будем добиваться отмены закона», — заявил депутат"),
    ("tail", "Подписи под обращением поставили более 10 тысяч человек."),
]

_KEEP_XFAIL: dict[str, str] = {}


# --- whole pages ----------------------------------------------------------------------------

HELD_OUT_14_PAGES = {
    "en-uk-newspaper": ("en", _page("en-uk-newspaper", [
        ["-Skip to main content", "-Skip to navigation", "-Print subscriptions", "-Sign in"],
        ["-News", "-Opinion", "-Sport", "-Culture", "-Lifestyle"],
        ["-UK politics"],
        ["+Ministers quietly shelve plan to cap council tax rises"],
        ["+Decision to drop the cap comes weeks after the chancellor promised to protect households"],
        ["-Peter Hollis Political correspondent"],
        ["-Thu 16 Mar 2023 18.05 GMT", "-Last modified on Thu 16 Mar 2023 19.40 GMT"],
        ["+Ministers have quietly abandoned a plan to cap council tax rises in England, according to documents seen by this newspaper, weeks after the chancellor told parliament that households would be protected."],
        ["+The proposal, drawn up last autumn, would have limited annual increases to 3%. Officials now say councils facing severe funding gaps will be allowed to raise bills by up to 10% without holding a local referendum."],
        ["+Labour accused the government of \"passing the buck\" to town halls. \"Families are being asked to pay more for less,\" the shadow levelling up secretary said."],
        ["-Explore more on these topics", "-Council tax", "-Local government", "-Conservatives", "-Labour", "-news"],
        ["-Share", "-Reuse this content"],
        ["+A spokesperson for the Department for Levelling Up said the department did not comment on leaked documents and that funding for councils had risen in real terms."],
        ["-Most viewed"],
        ["-Comments (412)", "-This discussion is now closed for comments but you can still sign in or create your Guardian account to join the discussion next time", "-Sort by Newest", "-Per page 50", "-Display threads Collapsed"],
        ["-RedKite22", "-16 Mar 2023 18:31", "-Entirely predictable.", "-Recommend 87"],
        ["-oldfenman", "-16 Mar 2023 18:44", "-So much for the promises in the autumn statement.", "-Recommend 41"],
        ["-LucyInLeeds", "-16 Mar 2023 19:02", "-My band D bill already went up by £150 last year.", "-Recommend 29"],
        ["-Advertise with us", "-Search UK jobs", "-Help", "-Complaints & corrections", "-© 2023 Guardian News & Media Limited or its affiliated companies. All rights reserved."],
    ])),
    "en-squarespace-blog": ("en", _page("en-squarespace-blog", [
        ["-Home", "-About", "-Essays", "-Podcast", "-Contact"],
        ["-0", "-Likes"],
        ["+Why the Green Party Keeps Losing the Suburbs"],
        ["-March 2, 2024", "-Written By Tom Hale"],
        ["+Every election cycle, the Green Party promises a breakthrough in the commuter belt, and every election cycle it comes up short. The reasons are not mysterious."],
        ["+First, the party still talks to suburban voters as if they were students in a university town. Its leaflets lead with climate targets, not with bus routes or school places."],
        ["+Second, its candidates rarely live in the seats they contest. Voters notice, and opponents make sure they do."],
        ["+Third, and most important, the party has never explained how its programme would be paid for. Until it does, it will stay a protest vote"],
        ["-Tom Hale", "-Tom Hale writes about British politics and local government. He lives in Reading with two cats and too many books.", "-Get in touch"],
        ["-Facebook0 Twitter LinkedIn0 Reddit Tumblr Pinterest0 0 Likes"],
        ["-Previous", "-The Budget Nobody Read", "-Next", "-What Happened in Hastings"],
        ["-Subscribe", "-Sign up with your email address to receive news and updates.", "-Email Address", "-Sign Up", "-We respect your privacy.", "-Thank you!"],
        ["-Powered by Squarespace"],
    ])),
    "en-amp-news": ("en", _page("en-amp-news", [
        ["-Close menu", "-Log In", "-Subscribe"],
        ["-Home > Politics > Congress"],
        ["+House passes stopgap bill hours before shutdown deadline"],
        ["-By Sarah Klein | Fox News", "-Published September 30, 2023 8:12pm EDT"],
        ["-Facebook", "-Twitter", "-Flipboard", "-Comments", "-Print", "-Email"],
        ["+The House passed a 45-day stopgap funding bill on Saturday afternoon, hours before the federal government was set to shut down, after Speaker Kevin McCarthy dropped his demand for steep spending cuts."],
        ["+The measure passed 335 to 91, with more Democrats than Republicans voting in favor. It now goes to the Senate, which is expected to approve it before midnight."],
        ["-CLICK HERE TO GET THE FOX NEWS APP"],
        ["+Several conservative Republicans accused McCarthy of surrendering to Democrats and threatened to force a vote on removing him as speaker."],
        ["+\"We kept the government open,\" McCarthy told reporters after the vote. \"That is what adults do.\""],
        ["-Sarah Klein is a politics reporter for Fox News Digital. Follow her on X at @sarahkleindc."],
        ["-Sponsored Stories You May Like", "-Doctors Stunned: This Simple Trick Relieves Joint Pain", "-Seniors Are Switching to This New Medicare Plan"],
        ["-Print", "-Close", "-By entering your email and clicking the Subscribe button, you agree to the Fox News Privacy Policy and Terms of Use, and agree to receive content and promotional communications from Fox News.", "-You've successfully subscribed to this newsletter!"],
        ["-This material may not be published, broadcast, rewritten, or redistributed. ©2023 FOX News Network, LLC. All rights reserved. Quotes displayed in real-time or delayed by at least 15 minutes. Market data provided by Factset."],
    ])),
    "fr-lepoint": ("fr", _page("fr-lepoint", [
        ["-Accueil", "-Politique"],
        ["-Abonnez-vous", "-Se connecter"],
        ["+Assurance chômage : le gouvernement durcit encore les règles"],
        ["+Le ministre du Travail veut réduire la durée d'indemnisation des seniors. Les syndicats dénoncent une « provocation »."],
        ["-Par Julien Marchand", "-Publié le 20/11/2023 à 07h15 - Modifié le 20/11/2023 à 09h02"],
        ["-Temps de lecture : 3 min", "-Ajouter à mes favoris", "-Google News"],
        ["+Le gouvernement présentera mardi aux partenaires sociaux un nouveau tour de vis sur l'assurance chômage. Selon nos informations, la durée maximale d'indemnisation des demandeurs d'emploi de plus de 55 ans passerait de 27 à 22 mois."],
        ["+Le ministère du Travail justifie cette mesure par l'amélioration du marché de l'emploi. « Le taux d'emploi des seniors progresse, il faut accompagner ce mouvement », plaide un conseiller."],
        ["-Le Point Actu - Lettre d'information", "-Chaque jour, recevez l'essentiel de l'actualité politique", "-S'inscrire", "-Votre adresse email n'est pas valide"],
        ["+Les syndicats, eux, parlent d'une « provocation ». La CFDT a annoncé qu'elle ne signerait aucun texte en l'état, tandis que la CGT appelle à une journée de mobilisation le 5 décembre."],
        ["+Le patronat, plus discret, se dit ouvert à la discussion à condition que les cotisations ne soient pas relevées."],
        ["-Les articles à ne pas manquer", "-Réforme des retraites : ce qui change au 1er janvier", "-Budget 2024 : le 49.3 de nouveau dégainé"],
        ["-Les commentaires (14)", "-Certains contenus sont réservés à nos abonnés", "-Signaler un contenu abusif"],
        ["-Jacques75", "-le 20/11/2023 à 08:14", "-Enfin un peu de courage politique.", "-Répondre"],
        ["-Mistral", "-le 20/11/2023 à 08:39", "-Toujours les mêmes qui paient.", "-Répondre"],
        ["-Dédé du Nord", "-le 20/11/2023 à 09:11", "-Et les parachutes dorés, on en parle ?", "-Répondre"],
        ["-Mentions légales", "-Charte de modération", "-Gestion des cookies", "-© Le Point - Reproduction interdite"],
    ])),
    "de-welt": ("de", _page("de-welt", [
        ["-Zum Inhalt springen", "-Hauptnavigation", "-WELTplus testen"],
        ["-Home", "-Politik", "-Deutschland"],
        ["-Heizungsgesetz"],
        ["+Union will Gebäudeenergiegesetz nach Wahlsieg vollständig zurücknehmen"],
        ["-Stand: 08.01.2024 | Lesedauer: 4 Minuten", "-Von Katharina Brenner", "-Politikredakteurin"],
        ["+Die Union will das umstrittene Gebäudeenergiegesetz im Falle eines Wahlsiegs komplett abschaffen. Das geht aus einem Beschlusspapier des CDU-Bundesvorstands hervor, das am Wochenende in Heidelberg verabschiedet wurde."],
        ["+Das Gesetz verunsichere Millionen Hausbesitzer und treibe die Baukosten in die Höhe, heißt es darin. Stattdessen setze man auf einen steigenden CO₂-Preis und Förderprogramme."],
        ["-Quelle: WELT/Martin U. K. Lengemann"],
        ["+Die Grünen reagierten empört. Fraktionsvize Andreas Mahler sprach von einem „Rückfall in die energiepolitische Steinzeit“."],
        ["+Auch innerhalb der Union ist der Kurs nicht unumstritten. Mehrere Landespolitiker hatten zuletzt davor gewarnt, Investoren erneut zu verunsichern."],
        ["-Mehr zum Thema", "-Ampel-Streit: Was vom Heizungsgesetz übrig bleibt", "-Wärmepumpen: Absatz bricht um die Hälfte ein"],
        ["-Artikel verschenken", "-Teilen", "-Merken"],
        ["-Kommentare", "-Die Kommentarfunktion ist für diesen Artikel geschlossen.", "-Sortieren nach: Neueste"],
        ["-Lena K.", "-08.01.2024, 10:22", "-Endlich Vernunft.", "-Antworten", "-Melden"],
        ["-F. Wagner", "-08.01.2024, 10:47", "-Und wieder wissen Hausbesitzer nicht, woran sie sind.", "-Antworten", "-Melden"],
        ["-Bernd aus Bremen", "-08.01.2024, 11:05", "-Planungssicherheit sieht anders aus.", "-Antworten", "-Melden"],
        ["-Impressum", "-Datenschutz", "-AGB", "-Barrierefreiheit", "-© WeltN24 GmbH. Alle Rechte vorbehalten."],
    ])),
    "de-wordpress-free": ("de", _page("de-wordpress-free", [
        ["-Politikblog am Rhein", "-Gedanken zur Bundes- und Landespolitik"],
        ["-Menü", "-Startseite", "-Über mich", "-Impressum"],
        ["+Warum die Schuldenbremse reformiert werden muss"],
        ["-Veröffentlicht am 12. Februar 2024 von rheinpolitik"],
        ["+Seit dem Urteil des Bundesverfassungsgerichts im November ist klar: Die Haushaltspolitik der Ampel steht auf tönernen Füßen. Doch die Debatte darüber wird falsch geführt."],
        ["+Die Schuldenbremse verhindert nicht nur neue Schulden, sie verhindert auch Investitionen in Schienen, Schulen und Stromnetze. Das sind Ausgaben, von denen auch kommende Generationen profitieren."],
        ["+Ein Vorschlag liegt längst auf dem Tisch: eine goldene Regel, die Nettoinvestitionen von der Kreditgrenze ausnimmt. Ökonomen von links bis rechts halten das für vernünftig."],
        ["+Dass die FDP sich dagegen sperrt, ist ihr gutes Recht. Eine Begründung, die über Parolen hinausgeht, ist sie bisher aber schuldig geblieben"],
        ["-Teilen mit:", "-Klicken, um auf X zu teilen (Wird in neuem Fenster geöffnet)", "-Klicken, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)", "-Gefällt mir Wird geladen …"],
        ["-Kategorien: Bundespolitik, Finanzen", "-Schlagwörter: Ampel, FDP, Haushalt, Schuldenbremse"],
        ["-3 Kommentare zu „Warum die Schuldenbremse reformiert werden muss“"],
        ["-Klaus Berger", "-12. Februar 2024 um 19:40", "-Sehr gut auf den Punkt gebracht.", "-Gefällt mir", "-Antworten"],
        ["-Monika", "-12. Februar 2024 um 21:15", "-Die Schuldenbremse steht im Grundgesetz, und das ist gut so.", "-Gefällt mir", "-Antworten"],
        ["-rheinpolitik", "-13. Februar 2024 um 08:02", "-Danke für eure Kommentare!", "-Gefällt mir", "-Antworten"],
        ["-Kommentar verfassen", "-Gib hier deinen Kommentar ein …", "-Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:", "-Du kommentierst mit deinem WordPress.com-Konto.", "-Benachrichtigung bei weiteren Kommentaren per E-Mail senden."],
        ["-Bloggen auf WordPress.com.", "-Abonnieren", "-Abonniert"],
    ])),
    "it-ilpost": ("it", _page("it-ilpost", [
        ["-Italia", "-Mondo", "-Politica", "-Tecnologia", "-Internet", "-Scienza"],
        ["-Abbonati", "-Accedi"],
        ["+Il governo ha approvato la riforma del premierato"],
        ["+Il Consiglio dei ministri ha dato il via libera al disegno di legge costituzionale: ora servirà un lungo percorso parlamentare"],
        ["-venerdì 3 novembre 2023"],
        ["-Condividi", "-Facebook", "-Email", "-WhatsApp"],
        ["+Venerdì il Consiglio dei ministri ha approvato il disegno di legge costituzionale che introduce l'elezione diretta del presidente del Consiglio, la riforma che la presidente del Consiglio Giorgia Meloni ha definito «la madre di tutte le riforme»."],
        ["+Il testo prevede che il presidente del Consiglio sia eletto a suffragio universale per cinque anni, insieme alle Camere, e che alla coalizione che lo sostiene sia garantito un premio di maggioranza del 55 per cento dei seggi."],
        ["-(ANSA/ETTORE FERRARI)"],
        ["+Le opposizioni hanno criticato duramente il progetto. La segretaria del Partito Democratico Elly Schlein ha detto che la riforma «indebolisce il presidente della Repubblica e il parlamento»."],
        ["+Trattandosi di una riforma costituzionale, il testo dovrà essere approvato due volte da ciascuna Camera. Se non otterrà la maggioranza dei due terzi, potrà essere sottoposto a referendum."],
        ["-Leggi anche", "-Cosa c'è nella legge di bilancio", "-Chi è il nuovo presidente della Rai"],
        ["-Il Post è fatto da una redazione di persone che ogni giorno lavorano per spiegarti le cose, con chiarezza e indipendenza. Se apprezzi il nostro lavoro, abbonati.", "-Abbonati"],
        ["-Tag: giorgia meloni, premierato, riforme costituzionali"],
        ["-Mostra i commenti"],
        ["-Il Post S.r.l. – P.IVA 06432770966", "-Privacy", "-Cookie Policy", "-Preferenze cookie"],
    ])),
    "pl-wpolityce": ("pl", _page("pl-wpolityce", [
        ["-Strona główna", "-Polityka", "-Kraj"],
        ["-Opublikowano: 14 grudnia 2023, 09:45", "-Autor: wPolityce.pl/PAP"],
        ["+Spór o media publiczne. Prezydent zapowiada weto"],
        ["-fot. PAP/Radek Pietruszka"],
        ["+Prezydent Andrzej Duda zapowiedział, że zawetuje ustawę okołobudżetową, jeśli znajdą się w niej zapisy dotyczące finansowania mediów publicznych w obecnym kształcie."],
        ["+Szef Kancelarii Prezydenta podkreślił w rozmowie z dziennikarzami, że zmiany w mediach publicznych muszą być przeprowadzone zgodnie z konstytucją, a nie „uchwałą Sejmu”."],
        ["+Politycy koalicji rządzącej odpowiadają, że uchwała była konieczna, by przywrócić rzetelność informacji. – Media publiczne mają służyć wszystkim obywatelom, a nie jednej partii – mówił wicemarszałek Sejmu."],
        ["+Do sporu odniósł się także Rzecznik Praw Obywatelskich, który wezwał obie strony do dialogu"],
        ["-Zobacz również:", "-Burzliwe posiedzenie Sejmu. Opozycja opuszcza salę", "-Nowy minister kultury. Kim jest?"],
        ["-Tagi: media publiczne, Andrzej Duda, TVP, Sejm"],
        ["-Udostępnij", "-Tweetnij", "-Skopiuj link"],
        ["-Dziękujemy za przeczytanie artykułu!", "-Kupując e-tygodnik „Sieci” wspierasz niezależne media."],
        ["-Komentarze (3)", "-Zaloguj się, aby dodać komentarz."],
        ["-Marek_z_Lublina", "-14.12.2023 10:02", "-Brawo, panie prezydencie!", "-Odpowiedz"],
        ["-obywatelka", "-14.12.2023 10:19", "-Nareszcie ktoś zrobi porządek w TVP.", "-Odpowiedz"],
        ["-Zbyszek", "-14.12.2023 10:33", "-Zobaczymy, kto pierwszy ustąpi.", "-Odpowiedz"],
        ["-Regulamin", "-Polityka prywatności", "-Kontakt", "-Copyright © 2023 Fratria. Wszelkie prawa zastrzeżone."],
    ])),
    "ru-lenta": ("ru", _page("ru-lenta", [
        ["-Главное", "-Россия", "-Мир", "-Бывший СССР", "-Экономика"],
        ["-Политика", "-14:32, 21 ноября 2023"],
        ["+Госдума приняла закон о запрете смены пола"],
        ["+Депутаты одобрили законопроект сразу во втором и третьем чтениях"],
        ["+Государственная Дума на пленарном заседании во вторник приняла законопроект, запрещающий медицинские вмешательства, направленные на смену пола. Документ был одобрен сразу во втором и третьем чтениях."],
        ["+Согласно тексту закона, исключение делается только для лечения врожденных аномалий у детей. Решение о таком лечении будет принимать врачебная комиссия федерального медицинского учреждения."],
        ["-Фото: Владимир Федоренко / РИА Новости"],
        ["+Председатель Госдумы Вячеслав Володин заявил, что закон направлен на «защиту детей и традиционных ценностей». Против проголосовали лишь несколько депутатов."],
        ["+Закон вступит в силу после одобрения Советом Федерации и подписания президентом."],
        ["-Ранее Лента.ру сообщала, что депутаты внесли в Госдуму законопроект о запрете пропаганды чайлдфри."],
        ["-Что думаешь? Оцени!"],
        ["-Лента добра", "-Последние новости", "-В Кремле ответили на вопрос о новом сроке Путина", "-Зеленский заявил о трудностях на фронте"],
        ["-Материалы партнеров"],
        ["-Редакция", "-Реклама", "-Правовая информация", "-Все права защищены © 1999—2023 Lenta.ru", "-Мнения, высказанные в материалах, могут не совпадать с мнением редакции. 18+"],
    ])),
    "ru-dzen": ("ru", _page("ru-dzen", [
        ["-Дзен", "-Войти"],
        ["-Политика без цензуры", "-12,4 тыс подписчиков", "-Подписаться"],
        ["+Почему губернаторы уходят в отставку перед выборами"],
        ["-5 марта", "-3,2 тыс прочитали · 4 минуты"],
        ["+За последний месяц в отставку отправились уже три губернатора. Официально — «по собственному желанию», но совпадение по срокам вряд ли случайно."],
        ["+Схема давно отработана: Кремль заранее меняет непопулярного руководителя на временно исполняющего обязанности, чтобы тот успел до выборов стать узнаваемым."],
        ["+Новые назначенцы, как правило, молоды и приходят из федеральных министерств или госкорпораций. Местных элит они почти не знают."],
        ["+Сработает ли это на этот раз, покажет сентябрь. Но доверие к региональной власти такие рокировки точно не повышают"],
        ["-Понравилась статья? Ставьте лайк и подписывайтесь на канал, впереди много интересного!"],
        ["-Нравится 214", "-Поделиться", "-Комментарии 38"],
        ["-Комментарии", "-Сначала популярные"],
        ["-Андрей Смирнов", "-5 марта", "-Всё давно решено за нас.", "-Ответить", "-27"],
        ["-Ольга", "-5 марта", "-Хорошая статья, спасибо автору.", "-Ответить", "-12"],
        ["-Виктор П.", "-6 марта", "-А что изменится от смены лиц?", "-Ответить", "-9"],
        ["-Напишите комментарий…"],
        ["-Вам также может понравиться", "-Как изменится пенсия в апреле"],
        ["-О Дзене", "-Правила", "-Помощь", "-© 2024 ООО «Дзен.Платформа»"],
    ])),
}

# strict xfails after the baseline: page name -> reason
_PAGE_XFAIL: dict[str, str] = {
    "ru-lenta": "closing 'earlier Lenta.ru reported' link line kept (the rate-this prompt goes since round 16)",
}


@pytest.mark.parametrize("where, line, category", list(_line_params()))
def test_held_out_14_line(where, line, category):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    pytest.param(w, l, id=l[:40], marks=[_held_out(_KEEP_XFAIL[l])] if l in _KEEP_XFAIL else [])
    for w, l in HELD_OUT_14_KEEP
])
def test_held_out_14_line_is_kept(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=[_held_out(_PAGE_XFAIL[n])] if n in _PAGE_XFAIL else [])
    for n in HELD_OUT_14_PAGES
])
def test_held_out_14_page(name):
    lang, case = HELD_OUT_14_PAGES[name]
    assert _problems(case, lang) == []
