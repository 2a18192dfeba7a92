"""Held-out set 20: written blind, weighted toward whole scraped pages.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, the line lists of tests/test_clean.py
and the lists and pages of held-out sets 10 to 19); only the helpers ``_problems``, ``_insert``,
``_held_out``, ``_fixture``, ``FIXTURES`` (tests/test_clean.py), the ``NoisyCase`` dataclass and
``page_from_blocks`` (tests/noisy_corpus.py), the first 35 lines of the docstring of held-out set
17 and its three test functions were read. Slip: printing ``_held_out`` and ``_insert`` with
``sed`` also showed the comment above ``HELD_OUT_LINES`` and the comment and first two lines of
``HELD_OUT_2_LINES`` in tests/test_clean.py (two English "pass this along" share prompts); none of
the lines below was written from them. The lines and pages are written from memory of how real
sites print them, in en/fr/de/it/pl/ru; the page articles are invented. The set was measured once
against the frozen cleaner at the start of this round (worktree /tmp/wt-attF, commit e9d9cdf) and
every failing case is marked as a strict xfail whose reason describes the line or page, not a
rule.

Contents: 47 noise lines (marker 6, reading-time 7, byline 6, footer 5, comments 7, share 6,
notice 8, other 2; by language en 17, fr 6, de 6, it 6, pl 6, ru 6), 21 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 3), 12 pages (en-reuters-wire, en-federalist-opinion,
en-guardian-liveblog-post, fr-bfmtv, fr-valeurs-actuelles, de-derstandard, de-merkur, it-tgcom24,
it-ilmanifesto, pl-polsatnews, ru-meduza, ru-vk-repost) with 244 noise lines; nine of the pages
hold a list, subheading, pull quote or table-like rows in the article.

Baseline (2026-12-02, frozen cleaner e9d9cdf, measured with
``SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-attF/src python -m pytest -q
tests/test_clean_held_out_20.py -rA`` in the worktree /tmp/wt-attF and a script calling
``_problems``): noise lines removed 44/47 (marker 5/6, reading-time 7/7, byline 6/6, footer 5/5,
comments 7/7, share 6/6, notice 7/8, other 1/2; missed: an "Originally published at <site> on
<date>." syndication line, a German paywall "Zum Weiterlesen bitte anmelden ..." line, a "Take our
poll: <question>?" prompt); keep lines kept 21/21; pages 10/12 clean, 11 of 244 page noise lines
left ("kept boilerplate" and "not reported" problems): en-reuters-wire 11 of 20 (the photo caption
with "Purchase Licensing Rights" in the head; the credit line "Reporting by ...; Editing by ...",
the trust-principles and licensing links, the author name, "Thomson Reuters", the author bio, two
read-next headlines, the newsletter box and the quotes-delay/copyright line in the tail; no
paragraph lost), de-merkur 0 of 13 noise left but 3 paragraphs lost: the three items of a list
ending in commas, one a line, are kept as text but joined into one paragraph. The failing cases
are strict xfails.

Still held out after session 10's round 18 (developed on set 18; this set was written after that
round's changes and the lead saw only this docstring and the xfail reasons): measured once at
ccf3092 with ``python scripts/clean_held_out_report.py --sets 20``: lines 44/47, keep 21/21, pages
11/12 clean (de-merkur's list now keeps one item a paragraph; its strict xfail removed), 9 of 244
page noise lines left, all on en-reuters-wire.

Measured again in session 11, still held out, after round 19 (e0b2d0c) and after round 20
(c23537b): unchanged both times (lines 44/47, keep 21/21, 11/12 pages clean, 9 of 244 left).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page

# (where, line, category): each line is noise and must be removed wherever it is inserted.
HELD_OUT_20_LINES = [
    # en
    ("body", "ADVERTISEMENT - SCROLL TO CONTINUE WITH CONTENT", "marker"),
    ("body", "Story continues below advertisement", "marker"),
    ("tail", "Originally published at www.thecivicledger.com on March 3, 2025.", "marker"),
    ("head", "Updated 11:42 AM EST, Tue March 4, 2025", "reading-time"),
    ("head", "4 min read · Listen", "reading-time"),
    ("tail", "Jane Porter is a senior correspondent covering Congress. Follow her on X @janeporter.", "byline"),
    ("tail", "My new book, The Quiet Majority, is out now: order your signed copy here.", "byline"),
    ("tail", "Posted in Politics | Tagged elections, senate | 3 Comments", "footer"),
    ("tail", "Website Powered by WordPress.com.", "footer"),
    ("tail", "12 thoughts on “Why the Senate Deal Collapsed”", "comments"),
    ("tail", "Log in to Reply", "comments"),
    ("tail", "Share this: Facebook X LinkedIn Email", "share"),
    ("tail", "Get the latest headlines delivered to your inbox every morning. Sign up now.", "notice"),
    ("tail", "You've read 3 of 5 free articles this month.", "notice"),
    ("tail", "As an Amazon Associate we earn from qualifying purchases.", "notice"),
    ("head", "Markets: DOW 42,310.55 +0.4% S&P 500 5,981.20 -0.1%", "other"),
    ("tail", "Take our poll: Should the filibuster be abolished?", "other"),
    # fr
    ("head", "Publié le 12/03/2025 à 07h15 Mis à jour le 12/03/2025 à 09h40", "reading-time"),
    ("head", "Par Claire Dumont, envoyée spéciale à Bruxelles", "byline"),
    ("tail", "Partager sur Facebook Partager sur X Envoyer par e-mail", "share"),
    ("tail", "Cet article est réservé aux abonnés. Il vous reste 78% à découvrir.", "notice"),
    ("tail", "Laisser un commentaire Annuler la réponse", "comments"),
    ("tail", "Contenus sponsorisés", "marker"),
    # de
    ("head", "Lesezeit: 3 Min.", "reading-time"),
    ("body", "Anzeige", "marker"),
    ("tail", "Artikel teilen: Facebook WhatsApp E-Mail", "share"),
    ("tail", "Zum Weiterlesen bitte anmelden oder ein Abo abschließen.", "notice"),
    ("tail", "Kommentare (14) Kommentar schreiben", "comments"),
    ("tail", "Impressum | Datenschutz | Cookie-Einstellungen", "footer"),
    # it
    ("head", "Tempo di lettura: 4 minuti", "reading-time"),
    ("head", "di Marco Bellini", "byline"),
    ("tail", "Condividi su WhatsApp", "share"),
    ("tail", "Iscriviti alla newsletter per ricevere ogni mattina le notizie del giorno", "notice"),
    ("tail", "Riproduzione riservata © Copyright ANSA", "footer"),
    ("tail", "Commenti (5) | Accedi per commentare", "comments"),
    # pl
    ("head", "Czas czytania: 4 min", "reading-time"),
    ("body", "REKLAMA", "marker"),
    ("tail", "Udostępnij: Facebook Twitter E-mail", "share"),
    ("tail", "Komentarze (27) Zobacz wszystkie", "comments"),
    ("tail", "Treść dostępna tylko dla subskrybentów. Wykup dostęp już od 1 zł.", "notice"),
    ("tail", "Autor: Tomasz Nowak, dziennikarz działu Kraj", "byline"),
    # ru
    ("head", "Время чтения: 4 минуты", "reading-time"),
    ("head", "Автор: Анна Смирнова", "byline"),
    ("tail", "Поделиться: ВКонтакте Одноклассники Telegram", "share"),
    ("tail", "Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать главные новости", "notice"),
    ("tail", "Комментарии (12) Оставить комментарий", "comments"),
    ("tail", "© 2025 ООО «Медиагруппа Вектор». Все права защищены. 18+", "footer"),
]

# (where, line): legitimate article lines at the start or end that must be kept.
HELD_OUT_20_KEEP = [
    # en
    ("tail", "The vote is expected Thursday"),
    ("tail", "“We are not done yet,” she said."),
    ("head", "LONDON, March 4 (Reuters) - Britain's opposition leader called on Tuesday for an early general election."),
    ("tail", "The council will describe the full audit in its next newsletter to residents, a spokesman said."),
    ("tail", "Neither campaign responded to requests for comment."),
    ("head", "Why the vote matters"),
    ("tail", "Readers who follow the hearings closely will notice that the advertising rules were never discussed."),
    # fr
    ("tail", "La décision sera rendue publique la semaine prochaine."),
    ("tail", "« Nous irons jusqu'au bout », a-t-il conclu."),
    ("tail", "Le ministère n'a pas souhaité faire de commentaire"),
    # de
    ("tail", "Die Abstimmung ist für Donnerstag angesetzt."),
    ("tail", "Wer die Anzeige bei der Staatsanwaltschaft erstattet hat, ist bislang unklar."),
    ("head", "Berlin (dpa) - Die Koalition hat sich nach langen Verhandlungen auf einen Haushalt geeinigt."),
    # it
    ("tail", "Il voto finale è previsto per giovedì"),
    ("tail", "La foto, pubblicata sui social dal deputato, ha fatto il giro del web in poche ore."),
    ("head", "ROMA, 4 MAR - Il governo ha approvato in serata il decreto sulle riforme."),
    # pl
    ("tail", "Głosowanie zaplanowano na czwartek."),
    ("tail", "Więcej szczegółów ministerstwo ma przedstawić w przyszłym tygodniu."),
    # ru
    ("tail", "Решение вступит в силу с 1 апреля."),
    ("tail", "«Мы будем следить за развитием событий», — заключил он."),
    ("tail", "Подписать петицию можно до конца месяца"),
]


HELD_OUT_20_PAGES = dict([
    ("en-reuters-wire", _page("en", "en-reuters-wire", [
        ["-Skip to main content", "-Exclusive news, data and analytics for financial market professionals"],
        ["-World", "-Americas"],
        ["+Brazil's Senate approves fiscal rules after weeks of deadlock"],
        ["-By Ana Ribeiro and Marcos Lima", "-March 4, 2025 7:12 PM UTC Updated 2 hours ago"],
        ["-Brazil's Senate President Davi Alcolumbre speaks during a session in Brasilia, Brazil, March 4, 2025. REUTERS/Adriano Machado/File Photo Purchase Licensing Rights"],
        ["+BRASILIA, March 4 (Reuters) - Brazil's Senate approved on Tuesday a new set of fiscal rules that caps spending growth, handing President Luiz Inacio Lula da Silva a hard-won victory after weeks of negotiations with centrist parties."],
        ["+The bill passed 51 to 24 and replaces a spending ceiling that economists had long said was impossible to meet. It allows expenditure to grow by up to 70% of revenue growth, within a band of 0.6% to 2.5% a year in real terms."],
        ["+Finance Minister Fernando Haddad said the vote showed that Congress was willing to back a credible path for public debt. \"This is a signal to investors that Brazil has a rule it can actually follow,\" he told reporters."],
        ["+Opposition senators said the framework left too many exceptions, including for health and education spending, and would allow the government to raise taxes instead of cutting costs."],
        ["+The bill now goes back to the lower house."],
        ["-Reporting by Ana Ribeiro and Marcos Lima; Editing by Sandra Maler"],
        ["-Our Standards: The Thomson Reuters Trust Principles., opens new tab"],
        ["-Purchase Licensing Rights, opens new tab"],
        ["-Ana Ribeiro", "-Thomson Reuters", "-Ana Ribeiro covers politics and the economy in Brazil from Brasilia, where she has reported on four presidential administrations."],
        ["-Read Next", "-Argentina's Milei wins key vote on emergency decree", "-Chile's central bank holds rate, signals cuts ahead"],
        ["-Sponsored Content"],
        ["-Get weekly news and analysis on Latin American politics and markets delivered to your inbox. Sign up here."],
        ["-All quotes delayed a minimum of 15 minutes. See here for a full list of exchanges and delays.", "-© 2025 Reuters. All rights reserved"],
    ])),
    ("en-federalist-opinion", _page("en", "en-federalist-opinion", [
        ["-Skip to content", "-Home", "-Elections", "-Culture", "-Podcasts", "-Donate"],
        ["+Five Ways Congress Could Fix The Broken Budget Process"],
        ["-By Daniel Whitaker", "-MARCH 4, 2025", "-6 min read"],
        ["-Share", "-Tweet", "-Email", "-Print"],
        ["+Every spring, Washington pretends to pass a budget, and every spring it fails. The continuing resolution has become the normal way to fund the government, and nobody in either party seems embarrassed by it."],
        ["+That does not have to be the case. The process written in 1974 still works on paper, and a handful of changes would make it work in practice."],
        ["+What reform would look like"],
        ["+Start with the calendar. Lawmakers could:"],
        ["+Move the start of the fiscal year to January 1.", "+Tie members' pay to passing all twelve spending bills on time.", "+Require a roll-call vote on every continuing resolution longer than 30 days."],
        ["+None of these ideas is new. Several have passed one chamber before, only to die in conference when leadership decided the status quo was easier."],
        ["+The real obstacle is not the rules. It is the incentive to avoid hard votes"],
        ["-Daniel Whitaker is a contributor to The Federalist and a former budget staffer in the House of Representatives. Follow him on X @dwhitaker."],
        ["-Copyright © 2025 The Federalist, a wholly independent division of FDRLST Media, All Rights Reserved."],
        ["-Tags", "-budget", "-Congress", "-continuing resolution", "-spending"],
        ["-Comments", "-Join the conversation. Our commenting policy applies."],
        ["-Patriot1776", "-3 hours ago", "-They will never tie their own pay to anything. Dream on.", "-Reply", "-14 likes"],
        ["-margaret_in_ohio", "-2 hours ago", "-Good piece. The January start date makes a lot of sense.", "-Reply", "-6 likes"],
        ["-RealistVoter", "-1 hour ago", "-Both parties love the CR because nobody owns the outcome.", "-Reply", "-3 likes"],
        ["-Load more comments"],
    ])),
    ("en-guardian-liveblog-post", _page("en", "en-guardian-liveblog-post", [
        ["-Politics live", "-Live"],
        ["-Key events", "-Show key events only", "-Please turn on JavaScript to use this feature"],
        ["-14.32 GMT"],
        ["+Starmer faces backbench revolt over welfare cuts"],
        ["+More than 40 Labour MPs have signed an amendment opposing the government's planned cuts to disability benefits, according to a list circulated among backbenchers this afternoon."],
        ["+The amendment, tabled by the chair of the work and pensions committee, would delay the changes until an independent review reports next year."],
        ["+One of the signatories told me:"],
        ["+We were elected to fix the system, not to balance the books on the backs of disabled people."],
        ["+Downing Street insists the vote will go ahead on Wednesday as planned, and a No 10 spokesperson said the prime minister was \"confident\" of winning it."],
        ["-Updated at 14.41 GMT"],
        ["-Share", "-Facebook", "-Twitter"],
        ["-Explore more on these topics", "-Politics", "-Labour", "-Welfare", "-Keir Starmer"],
        ["-Reuse this content"],
        ["-Most viewed"],
        ["-I hope you appreciated this article. Before you move on, I was hoping you would consider taking the step of supporting the Guardian's journalism.", "-Support us", "-Remind me in May"],
    ])),
    ("fr-bfmtv", _page("fr", "fr-bfmtv", [
        ["-Accueil", "-Politique"],
        ["+Retraites : le gouvernement ouvre la porte à un nouveau conclave avec les partenaires sociaux"],
        ["-Par BFMTV avec AFP", "-Le 04/03/2025 à 18:22", "-Mis à jour le 04/03/2025 à 19:05"],
        ["-Partager", "-Copier le lien"],
        ["-Votre navigateur ne supporte pas la lecture de cette vidéo.", "-Lecture en cours"],
        ["+Le Premier ministre a proposé ce mardi de réunir à nouveau syndicats et patronat pour discuter de l'âge de départ à la retraite, une semaine après l'échec des précédentes négociations."],
        ["+« Personne ne peut se satisfaire d'un blocage », a déclaré le chef du gouvernement devant les députés, sous les huées d'une partie de l'opposition."],
        ["+Des syndicats divisés"],
        ["+La CFDT s'est dite prête à revenir à la table, à condition que le report de l'âge légal soit réellement discuté. La CGT et FO ont en revanche refusé de participer à ce qu'elles qualifient de « mascarade »."],
        ["+Le Rassemblement national et La France insoumise menacent de déposer une motion de censure si aucune concession n'est faite d'ici la fin du mois."],
        ["+Le calendrier des discussions doit être présenté jeudi."],
        ["-Sujets associés", "-Retraites", "-Gouvernement", "-Syndicats"],
        ["-Les plus lus", "-Impôts : ce qui change pour votre déclaration cette année", "-Météo : un épisode de douceur attendu ce week-end"],
        ["-Recevez la newsletter BFMTV Politique chaque soir. Inscrivez-vous gratuitement.", "-Votre adresse e-mail", "-S'inscrire"],
        ["-BFMTV - L'info en continu | Mentions légales | Gérer mes cookies"],
    ])),
    ("fr-valeurs-actuelles", _page("fr", "fr-valeurs-actuelles", [
        ["-Politique", "-Opinion"],
        ["+Immigration : la droite doit cesser de se mentir"],
        ["-Par Louis de Kerdrel", "-Publié le 4 mars 2025 à 12h00"],
        ["-Temps de lecture : 4 min", "-Abonné"],
        ["+Depuis dix ans, chaque gouvernement promet de reprendre le contrôle des frontières, et chaque loi se termine par une censure partielle du Conseil constitutionnel."],
        ["+Le dernier texte n'échappe pas à la règle. Sur les quarante articles votés en décembre, douze ont été supprimés, dont ceux sur le regroupement familial."],
        ["+Il faudrait avoir le courage de dire que sans révision de la Constitution, rien ne changera. Or cette révision suppose une majorité que la droite n'a plus."],
        ["+Reste le référendum. Beaucoup en parlent, peu osent l'assumer"],
        ["-Vous souhaitez lire la suite ? Abonnez-vous à Valeurs actuelles à partir de 1 € le premier mois.", "-Déjà abonné ? Connectez-vous"],
        ["-Mots-clés : immigration, Conseil constitutionnel, référendum"],
        ["-4 commentaires"],
        ["-Jean-Pierre75", "-4 mars 2025 à 13h12", "-Enfin quelqu'un qui le dit clairement.", "-Répondre"],
        ["-Sylvie M.", "-4 mars 2025 à 14h40", "-Le référendum, on nous le promet depuis Sarkozy...", "-Répondre"],
        ["-Patriote du 44", "-4 mars 2025 à 15h03", "-Très juste analyse, merci.", "-Répondre"],
        ["-Gaulois réfractaire", "-4 mars 2025 à 16h27", "-Et pendant ce temps rien ne bouge.", "-Répondre"],
        ["-Pour commenter, connectez-vous à votre compte abonné."],
        ["-© Valeurs actuelles 2025 - Tous droits réservés"],
    ])),
    ("de-derstandard", _page("de", "de-derstandard", [
        ["-Inland", "-Regierung", "-Analyse"],
        ["+Die Dreierkoalition steht vor ihrer ersten echten Belastungsprobe"],
        ["+Nach nur hundert Tagen streiten ÖVP, SPÖ und Neos über das Budget. Wer nachgibt, verliert"],
        ["-Maria Huber", "-4. März 2025, 12:03", "-312 Postings"],
        ["-Foto: APA/ROLAND SCHLAGER"],
        ["+Wien – Es hätte ein ruhiger Dienstag werden sollen. Stattdessen verließ der Finanzminister den Ministerrat vorzeitig, und im Kanzleramt wurde hektisch telefoniert."],
        ["+Der Streitpunkt ist bekannt: Brüssel verlangt ein Sparpaket von mindestens sechs Milliarden Euro, doch über die Frage, wo gespart wird, sind sich die Partner uneins."],
        ["+Pensionen bleiben Tabu"],
        ["+Die SPÖ lehnt Eingriffe bei den Pensionen weiterhin ab, die Neos wollen genau dort ansetzen. Die ÖVP versucht zu vermitteln, hat aber eigene Wünsche bei der Förderung von Unternehmen."],
        ["+„Wir werden uns einigen, weil wir uns einigen müssen“, sagte ein Regierungsmitglied dem STANDARD."],
        ["+Bis Ende April soll das Doppelbudget stehen."],
        ["-(Maria Huber, 4.3.2025)"],
        ["-Weiterlesen:", "-Budgetloch: Was der Fiskalrat von der Regierung fordert", "-Neos-Chefin im Interview: „Wir sind nicht zum Verwalten gekommen“"],
        ["-Forum", "-Hier finden Sie die Regeln für das Forum. Bitte beachten Sie unsere Community-Richtlinien.", "-Posting 1 – 25 von 312"],
        ["-Karl Wutz", "-4. März 2025, 12:47", "-Hundert Tage und schon ist die Luft draußen.", "-12", "-3"],
        ["-Grantscherben", "-4. März 2025, 13:05", "-Die Pensionen sind halt die heilige Kuh.", "-25", "-8"],
        ["-nüchterner Beobachter", "-4. März 2025, 13:22", "-Wartet einmal ab, das wird schon.", "-4", "-10"],
        ["-Mehr Postings laden"],
        ["-© STANDARD Verlagsgesellschaft m.b.H. 2025", "-Alle Rechte vorbehalten. Nutzung ausschließlich für den privaten Eigenbedarf."],
    ])),
    ("de-merkur", _page("de", "de-merkur", [
        ["-Startseite", "-Politik"],
        ["-Stand: 04.03.2025, 14:55 Uhr", "-Von: Felix Braun"],
        ["-Kommentare", "-Drucken", "-Teilen"],
        ["+Söder stellt Bedingungen für Koalitionsvertrag – diese Punkte sind der CSU wichtig"],
        ["+Die CSU will einem Koalitionsvertrag nur zustimmen, wenn mehrere bayerische Forderungen erfüllt werden. Das machte Parteichef Markus Söder am Dienstag in München deutlich."],
        ["+Auf einer Pressekonferenz nannte er drei Bedingungen:"],
        ["+die volle Wiedereinführung der Agrardiesel-Rückvergütung,", "+eine Ausweitung der Mütterrente,", "+eine Senkung der Gastro-Mehrwertsteuer auf sieben Prozent."],
        ["+In der SPD stoßen die Forderungen auf wenig Begeisterung. Ein Sprecher der Partei sagte, man verhandle „nicht über die Presse“."],
        ["+Die Gespräche sollen am Donnerstag in Berlin fortgesetzt werden."],
        ["-Rubriklistenbild: © Peter Kneffel/dpa"],
        ["-Mehr zum Thema", "-Merz und Klingbeil einigen sich auf Zeitplan", "-Auch interessant"],
        ["-Kommentare zu diesem Artikel sind deaktiviert."],
        ["-Unser Netzwerk: fr.de | tz.de | kreiszeitung.de"],
    ])),
    ("it-tgcom24", _page("it", "it-tgcom24", [
        ["-Home", "-Politica"],
        ["+Autonomia, scontro in Senato sul decreto: le opposizioni abbandonano l'aula"],
        ["-04 Mar 2025 - 16:40", "-Condividi", "-Ascolta l'articolo"],
        ["-Video"],
        ["+Seduta tesa a Palazzo Madama, dove il decreto sull'autonomia differenziata è arrivato al voto tra le proteste delle opposizioni."],
        ["+I senatori di Pd, M5s e Avs hanno lasciato l'aula dopo che la presidenza ha respinto la richiesta di rinvio in commissione."],
        ["+La replica della maggioranza"],
        ["+Il ministro per gli Affari regionali ha difeso il provvedimento, sostenendo che garantirà \"più efficienza e più responsabilità\" alle Regioni."],
        ["+Il voto finale è atteso per la prossima settimana"],
        ["-© Riproduzione riservata"],
        ["-Tag", "-Autonomia", "-Senato", "-Opposizioni"],
        ["-Leggi anche", "-Meloni: \"Il premierato entro l'estate\"", "-Ultime notizie", "-I più letti"],
        ["-Mediaset S.p.A. - P.IVA 09032310154 | Privacy | Cookie policy"],
    ])),
    ("it-ilmanifesto", _page("it", "it-ilmanifesto", [
        ["-Politica"],
        ["+La riforma della giustizia divide anche la maggioranza"],
        ["-Andrea Fabozzi", "-Edizione del 05.03.2025", "-Pubblicato 1 giorno fa"],
        ["+La separazione delle carriere arriva in aula alla Camera con una maggioranza meno compatta di quanto il governo lasci intendere."],
        ["+Nei corridoi di Montecitorio circola una lettera firmata da una decina di deputati di Forza Italia che chiedono di rinviare il voto sulla parte che riguarda il Consiglio superiore della magistratura."],
        ["+«Non si riforma la Costituzione a colpi di fiducia»"],
        ["+Così uno dei firmatari, che chiede l'anonimato. Il ministro della Giustizia ha risposto che il testo \"non si tocca\" e che i tempi saranno rispettati."],
        ["+Le opposizioni preparano già la campagna per il referendum confermativo."],
        ["-Abbonati per continuare a leggere", "-Sei già abbonato? Accedi"],
        ["-Sostieni il manifesto, l'unico quotidiano indipendente di sinistra. Abbonati ora."],
        ["-Condividi", "-Tag: giustizia, riforme, Parlamento"],
        ["-Leggi anche", "-Il Csm e la politica, una storia lunga"],
        ["-il manifesto coop editrice a r.l. | P.IVA 13446691000"],
    ])),
    ("pl-polsatnews", _page("pl", "pl-polsatnews", [
        ["-Polsat News", "-Polska"],
        ["+Nowy sondaż. Koalicja wciąż na prowadzeniu, rośnie poparcie Konfederacji"],
        ["-2025-03-04, 17:30", "-Aktualizacja: 2025-03-04, 18:05", "-Autor: mk / polsatnews.pl"],
        ["-Udostępnij", "-Skopiuj link"],
        ["+Koalicja Obywatelska pozostaje liderem w najnowszym sondażu przeprowadzonym na zlecenie Polsat News. Na drugim miejscu znalazło się PiS, a na trzecim Konfederacja."],
        ["+Wyniki sondażu przedstawiają się następująco:"],
        ["+KO – 31 proc.", "+PiS – 29 proc.", "+Konfederacja – 15 proc.", "+Lewica – 7 proc."],
        ["+W porównaniu z poprzednim badaniem poparcie dla Konfederacji wzrosło o dwa punkty procentowe."],
        ["+Badanie przeprowadzono w dniach 28 lutego – 2 marca na grupie 1000 dorosłych Polaków."],
        ["-Czytaj więcej:", "-Prezydent zawetował ustawę. Jest reakcja rządu", "-Zobacz także"],
        ["-WIDEO: Gorąco w Sejmie. Posłowie kłócą się o budżet"],
        ["-Komentarze", "-Dodaj komentarz", "-Zaloguj się, aby dodać komentarz"],
        ["-Copyright © 2025 Telewizja Polsat Sp. z o.o. Wszelkie prawa zastrzeżone."],
    ])),
    ("ru-meduza", _page("ru", "ru-meduza", [
        ["-Новости", "-Вчера, 18:40"],
        ["-Источник: «Медуза»"],
        ["+Госдума приняла закон о штрафах для «иноагентов» за нарушение маркировки"],
        ["+Госдума приняла в третьем чтении закон, который увеличивает штрафы для «иностранных агентов» за публикации без специальной маркировки."],
        ["+Теперь за повторное нарушение грозит уголовная ответственность, а не административная, как раньше."],
        ["+Что меняется"],
        ["+Закон также запрещает «иноагентам» получать доходы от рекламы в России и участвовать в выборах в качестве наблюдателей."],
        ["+Правозащитники считают, что поправки направлены против независимых журналистов, оставшихся за границей."],
        ["+Закон вступит в силу через десять дней после публикации"],
        ["-Поделиться", "-Скопировать ссылку"],
        ["-Магазин «Медузы»"],
        ["-«Медузу» признали «нежелательной организацией». Любой донат в нашу пользу теперь — риск. Но без вашей поддержки мы не выживем. Поддержите «Медузу»", "-Помочь"],
        ["-Подпишитесь на нашу вечернюю рассылку «Сигнал»"],
        ["-© 2014–2025 Meduza"],
    ])),
    ("ru-vk-repost", _page("ru", "ru-vk-repost", [
        ["-Новости Подмосковья", "-вчера в 18:02"],
        ["+В Красногорске депутаты отказались утверждать новый генплан"],
        ["+Совет депутатов Красногорска на заседании во вторник не утвердил проект генерального плана города, вызвавший протесты жителей."],
        ["+Против проголосовали 14 депутатов из 25. Жители возражали против застройки лесопарка у реки."],
        ["+Администрация пообещала доработать проект и вынести его на повторные публичные слушания."],
        ["+Дата новых слушаний пока не назначена"],
        ["-Показать полностью…"],
        ["-Нравится 124", "-Поделиться 18", "-Просмотры 5,3K"],
        ["-Иван Петров", "-вчера в 18:40", "-Наконец-то услышали людей!", "-Ответить"],
        ["-Ольга Соколова", "-вчера в 19:12", "-Посмотрим, что будет на слушаниях.", "-Ответить"],
        ["-Дмитрий К.", "-вчера в 20:05", "-Всё равно потом протащат.", "-Ответить"],
        ["-Показать следующие комментарии"],
        ["-Написать комментарий…"],
    ])),
])


_LINE_XFAIL: dict[str, str] = {
    "Take our poll: Should the filibuster be abolished?": "a reader-poll prompt with its question",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-reuters-wire": "a wire page: photo caption with licensing link in the head; credit line, "
                       "trust-principles and licensing links, author bio, read-next headlines, "
                       "newsletter box and quotes-delay notice in the tail",
}


test_held_out_20_line, test_held_out_20_line_is_kept, test_held_out_20_page = held_out_tests(
    HELD_OUT_20_LINES, HELD_OUT_20_KEEP, HELD_OUT_20_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
