"""Site batches, set 4 (development data since session 9).

Status: held out (file ``site_batches_held_out_4.py``, commit fef183b) and measured once, with
``python scripts/site_template_report.py --batches`` at 8215bdc, before anyone read it:

- each page cleaned on its own: 89 of 537 noise lines left, 38 article lines lost (lists of
  parties and towns under a line with no colon, and a poll table whose row labels hold a digit,
  "Movimento 5 stelle", taken for the page's head);
- with the site template: 51 of 537 left, 51 article lines lost (the same, and a fact-check
  series' standfirst and subheading, a digest's title and standfirst, recurring on three pages).

Its errors were then read (session 9): a table's number cells are numbers alone (a label may
hold a digit); a list under a run-on line of the article needs that line in the body (prose above
it, or a sentence ended in it: not the title) and items that are no date, no widget word and not
the site speaking; the rows of a table the page rules keep never count as chrome above the body;
the site template grows into a sentence between two recurring lines only when the one under it
is not the article's (a subheading over a paragraph). After that: 86 left and 6 lost alone, 50
left and 11 lost with the site template.

Written by the helper as follows.

Held-out site batches, fourth set: written BLIND, data only (no test functions).

Protocol. Written on 2 December 2026 (about 01:35-01:45 UTC by the machine clock) by a helper who did not
read the cleaner (``src/spinscope/``), ``scripts/``, the other site-batch sets
(``site_batches_1.py``, ``site_batches_2.py``, ``site_batches_held_out_3.py``) or any other test
file, except the definitions of ``NoisyCase`` and ``page_from_blocks`` (lines 1-41 of
``tests/noisy_corpus.py``). The cleaner was never run on these pages. Sites, outlets, most people
and all article texts are invented, written from memory of how such sites print as scraped
plain text, in the site's language; figures are plausible, not sourced.

``SITE_BATCHES``: batch name -> (ISO 639-1 language, pages). Every page comes from
``page_from_blocks``: ``+`` lines are the article's own text (title, standfirst, paragraphs,
subheadings, the article's own lists and table cells, quotes) and must each come out as one
paragraph; ``-`` lines are scraper noise and must each be removed. Some article paragraphs are
kept in ``_MORE`` and spliced into the body by ``_with_more`` only to keep the page definitions
short; they are ordinary article paragraphs.

Counts below: "template" = distinct noise lines found on >= 3 pages of the batch (with their
total occurrences); "page-specific" = distinct noise lines found on 1-2 pages (occurrences);
"keep" = all ``+`` lines of the batch.

Site batches (8)

* ``en_wire_aggregator`` (en, 4 pages): a wire-service aggregator re-posting agency copy, with
  a live market ticker, cookie note (3 of 4 pages), in-article ad and app prompt, licence and
  copyright line, "More from" and "Most read" boxes. Template 8 (30), page-specific 19 (21),
  keep 55. Own recurring text: a wire "Background:" paragraph on the three Sudan stories (+).
* ``en_thinktank_blog`` (en, 4 pages): a think-tank commentary blog with breadcrumb, "Download
  PDF", topics line, author bio box (same author on 3 pages), views disclaimer, briefing
  sign-up, donation appeal (3 of 4), charity/legal footer. Template 11 (41), page-specific 18
  (18), keep 70. Own recurring text: a series standfirst ("This commentary is part of Europe
  After the Ceasefire...") on 3 pages, capitalised subheadings, two tables printed one cell per
  line sharing header and country cells ("Country", "2025", "Poland", "Germany", "France").
* ``en_longform_platform`` (en, 4 pages): a Medium-style platform, one health-policy writer:
  "Member-only story" (3 of 4), byline, read time, clap and response counts, author box, "More
  from" and "Recommended" boxes, link footer. Template 9 (35), page-specific 19 (20), keep 55.
  Own recurring text: the author's one-line disclosure in parentheses inside every post (+).
* ``fr_public_broadcaster`` (fr, 4 pages): a public radio newsroom site: "Direct", breadcrumb,
  byline with "- Ondes Info", date, reading time, share line, "À lire aussi" box, podcast box
  (3 of 4), legal footer. Template 9 (33), page-specific 15 (17), keep 52. Own recurring text:
  the "Vrai ou faux" fact-check series on 3 pages with its standfirst sentence and its fixed
  subheadings "Ce qui a été dit" / "Ce qu'il en est vraiment" / "Notre verdict".
* ``de_tabloid`` (de, 4 pages): a tabloid with kicker, photo credit, comment count, ad label,
  app prompt, paywall teaser (2 pages), "Mehr zum Thema", legal footer. Template 7 (28),
  page-specific 25 (28), keep 59. Own recurring text: a party slogan quoted as a standalone line
  („Sicherheit. Ordnung. Zukunft.") in 3 articles; subheadings in capitals.
* ``it_regional_paper`` (it, 4 pages): a regional daily with cookie consent, weather line,
  sections menu, byline and date, "Leggi anche:" box, a poll widget (3 of 4 pages: question,
  "Sì", "No", "Vota"), "I PIÙ LETTI", registration/VAT footer. Template 11 (38), page-specific
  17 (21), keep 62. Own recurring text: in three daily updates on a water outage, the list of
  the four affected municipalities (introduced without a colon) and the same quoted statement
  of the water company.
* ``pl_comment_portal`` (pl, 4 pages): a comment-heavy news portal: menu, author and date,
  "Reklama", "Czytaj także:", app prompt (3 of 4), comment count, forum rules, reader comments
  (nick, date, votes; text), footer. Template 6 (23), page-specific 33 (34), keep 59. Own
  recurring text: the explainer series subheading "CO TO OZNACZA DLA CIEBIE?" on 3 pages.
* ``ru_telegram_mirror`` (ru, 4 pages): a Telegram channel mirrored to the web (t.me/s/ style):
  channel name, subscriber count, "Открыть в Telegram", labelled ads with INN/erid (2 pages),
  the channel's subscribe plug, views and time, Telegram's own footer. Template 6 (24),
  page-specific 12 (12), keep 39. Own recurring text: the daily digest "Главное к утру" on 3
  pages with its standfirst sentence and capitalised sections "ПОЛИТИКА", "ЭКОНОМИКА", "МИР".

Trap batches (3): recurring text that is the article's own (``+``)

* ``trap_en_weekly_column`` (en, 4 pages): a columnist's WordPress blog. Every post has the
  fixed subheadings "WINNER OF THE WEEK", "LOSER OF THE WEEK", "NUMBER OF THE WEEK" and ends
  with the same signature paragraph the author writes herself ("As I write every week ...
  Build the homes."), all kept on all 4 pages. Template noise 6 (24), page-specific 15 (16),
  keep 43.
* ``trap_fr_wire_copies`` (fr, 5 pages): a local news site republishing one wire story three
  times (first version, an update with a new title and an added paragraph, a regional re-edit
  with a new title and lead and a cut ending), plus two unrelated local articles. The shared
  paragraphs (including a "contexte" background paragraph and a quote) recur on 2-3 pages and
  are kept everywhere. Template noise 5 (23), page-specific 16 (18), keep 41.
* ``trap_it_coincidences`` (it, 5 pages): a political news site; different articles that share
  short lines by coincidence: party names as list items or table cells ("Fratelli d'Italia",
  "Lega", "Forza Italia" on 3 pages; "Partito democratico", "Movimento 5 stelle", "Noi
  Moderati", "Alleanza Verdi e Sinistra" on 2) and the same Foreign Ministry statement quoted
  in two unrelated foreign-news articles; a poll table printed one cell per line. Template
  noise 5 (23), page-specific 9 (10), keep 59.

Also deliberate, as on real sites: on some pages a "related"/"most read"/"Lire aussi" link
(noise) carries the exact title of another page of the same batch, where it is that page's
kept title (9 such strings in en_thinktank_blog, en_longform_platform, it_regional_paper,
trap_en_weekly_column, trap_fr_wire_copies). Gold is per page.
"""

from __future__ import annotations

from noisy_corpus import NoisyCase, page_from_blocks


def _k(*lines: str) -> list[str]:
    """Article lines (kept)."""
    return ["+" + line for line in lines]


def _n(*lines: str) -> list[str]:
    """Noise lines (dropped)."""
    return ["-" + line for line in lines]


def _paras(paras: list[str]) -> list[list[str]]:
    """Each paragraph in its own block, as scrapers print body text."""
    return [_k(p) for p in paras]


# Further paragraphs of the articles above, placed before each article's last paragraph.
_MORE: dict[str, list[str]] = {
    "wd_sudan_truce": [
        "Residents reached by telephone said shelling had eased on Tuesday evening but that "
        "drones were still flying over the city's southern districts.",
        "El Fasher is the last major city in Darfur held by the army and its allies. The RSF has "
        "besieged it since May 2024, and tens of thousands of people have fled to Tawila, about "
        "60 kilometres to the west.",
        "Local volunteers who run communal kitchens said most of them had closed in recent weeks "
        "because they could no longer buy grain, even at black-market prices.",
        "The U.N. children's agency said it had pre-positioned therapeutic food for 10,000 "
        "malnourished children and would send it in the first convoy if the roads were safe.",
    ],
    "wd_sudan_cholera": [
        "In Tawila, where hundreds of thousands of people have arrived from El Fasher since "
        "last year, families draw water from shallow wells dug next to latrines, aid workers "
        "said.",
        "Heavy rains in August washed away dozens of shelters and flooded the roads used by "
        "supply trucks, cutting some camps off for more than a week.",
        "The health ministry in Port Sudan said it had opened 40 new treatment centres and "
        "launched a vaccination campaign in Kassala state.",
        "Cholera is treatable with oral rehydration salts and, in severe cases, intravenous "
        "fluids and antibiotics, but can kill within hours if left untreated.",
    ],
    "wd_japan_bonds": [
        "Japan's public debt is more than twice the size of its economy, the highest ratio "
        "among large developed countries.",
        "Until recently, low and stable yields had allowed the government to borrow cheaply "
        "despite the size of its debt. Rising rates are changing that calculation.",
        "The finance ministry has already trimmed issuance of super-long bonds and said it "
        "would consult market participants on the mix of maturities for next year.",
        "Shares of Japanese banks rose on expectations of higher lending margins, while real "
        "estate stocks fell.",
    ],
    "wd_sudan_embargo": [
        "The embargo, first imposed in 2004, bans the supply of weapons and military equipment "
        "to non-state groups in Darfur and requires the government to seek approval before "
        "moving arms into the region.",
        "Investigators have reported finding foreign-made drones, armoured vehicles and "
        "ammunition in RSF-controlled areas, in violation of the embargo.",
        "The United States said it supported the extension but described the measure as \"far "
        "from sufficient\" given the scale of atrocities in Darfur.",
        "Several council members called for a nationwide ceasefire and renewed talks between "
        "the warring parties, without proposing a new mechanism.",
    ],
    "ll_negotiation": [
        "A quick reminder of how the program works. Medicare picks drugs that have been on the "
        "market for years without competition and that account for a large share of its "
        "spending, then negotiates a maximum fair price.",
        "Manufacturers can refuse, but only by paying a steep excise tax or pulling all their "
        "products out of Medicare and Medicaid. None has chosen either option.",
        "Investors do not seem to believe the doomsday story either. Drug company share prices "
        "have done fine since the law passed, and research spending has kept rising.",
    ],
    "ll_pbm": [
        "Here is a simple example. A drug has a list price of $500 and the PBM negotiates a "
        "$300 rebate. The plan's real cost is $200, but a patient paying 20 percent coinsurance "
        "pays $100, not $40.",
        "PBMs also profit from spread pricing, charging a plan more for a drug than they pay "
        "the pharmacy, and from fees that manufacturers pay for administrative services.",
        "Independent pharmacies say reimbursements have fallen so low that they lose money on "
        "many prescriptions. Hundreds have closed in the past two years.",
    ],
    "ll_insulin": [
        "Some pharmacies in my sample honoured manufacturer coupons without question. Others "
        "refused them for patients on any government plan, as the rules require.",
        "Patients often do not know which price they will get until they are at the counter. "
        "Several people I spoke with had left without their insulin.",
        "State caps on copays for insured patients have helped, but they do not apply to "
        "self-funded employer plans, which cover most workers in large companies.",
    ],
    "ll_medicaid": [
        "The Congressional Budget Office expects the rule to reduce federal spending by "
        "hundreds of billions of dollars over ten years, almost entirely because fewer people "
        "will be covered.",
        "Exemptions will exist for parents of young children, people with disabilities and "
        "people in treatment for addiction, but each exemption must be documented.",
        "Georgia offers a more recent example. Its Pathways program, which has a similar "
        "requirement, enrolled only a few thousand people in its first year, far fewer than "
        "expected.",
    ],
    "bz_auftakt": [
        "Vor der Halle demonstrierten rund 400 Menschen gegen den Auftritt. Die Polizei "
        "sprach von einem friedlichen Verlauf.",
        "Brandt versprach, im Fall eines Wahlsiegs als Erstes ein Sofortprogramm für "
        "Polizei und Kommunen aufzulegen. Finanzieren will er es durch Einsparungen bei "
        "Förderprogrammen.",
        "Politikwissenschaftler halten das für wenig realistisch. „Ein Land kann Bundesgesetze "
        "nicht ändern, auch wenn der Wahlkampf etwas anderes suggeriert\u201c, sagt die "
        "Hallenser Politologin Dr. Ute Sommer.",
    ],
    "bz_heizkosten": [
        "Auch wer mit Öl heizt, muss tiefer in die Tasche greifen. Der Preis für 100 Liter "
        "Heizöl lag im Winter im Schnitt bei knapp 100 Euro.",
        "Der Mieterbund fordert deshalb einen Heizkostenzuschuss für Haushalte mit kleinen "
        "Einkommen, wie es ihn schon 2022 gab.",
        "Das Bauministerium lehnt das bislang ab und verweist auf das gestiegene Wohngeld, das "
        "eine Heizkostenkomponente enthält.",
    ],
    "bz_duell": [
        "Beim Thema Migration wurde es laut. Köhler verwies auf gesunkene Asylzahlen, Brandt "
        "sprach von „Schönfärberei\u201c und forderte mehr Abschiebungen.",
        "Einig waren sich beide nur in einem Punkt: Der Osten brauche mehr Ärzte auf dem "
        "Land. Wie man sie dorthin bekommt, blieb offen.",
        "Nach der Sendung gaben sich beide Lager siegessicher. Brandts Sprecher nannte den "
        "Abend „einen klaren Punktsieg\u201c.",
    ],
    "bz_plakate": [
        "In Stendal filmte eine Überwachungskamera zwei Männer, die mit Farbeimern unterwegs "
        "waren. Die Polizei prüft die Aufnahmen.",
        "Brandt sprach von einem „Angriff auf die Demokratie\u201c. Der Innenminister des Landes "
        "kündigte mehr Streifen in der Nacht an.",
        "Schon bei der letzten Landtagswahl waren in Sachsen-Anhalt mehr als 2000 Plakate "
        "beschädigt oder gestohlen worden.",
    ],
    "nw_placa": [
        "Propozycja rządu jest wyższa od ustawowego minimum, które wynika z prognozowanej "
        "inflacji i wzrostu PKB.",
        "Ogólnopolskie Porozumienie Związków Zawodowych domagało się kwoty 5 300 zł. "
        "Pracodawcy przekonują, że wyższa płaca minimalna uderzy w małe firmy w mniejszych "
        "miastach.",
        "Płacę minimalną otrzymuje w Polsce ok. 3 mln osób.",
    ],
    "nw_asystencja": [
        "Organizacje osób z niepełnosprawnościami przypominają, że na taką ustawę czekały od "
        "ratyfikacji konwencji ONZ w 2012 roku.",
        "Koszt programu w pierwszym roku ma wynieść ok. 3,5 mld zł, a w kolejnych latach "
        "rosnąć wraz z liczbą uprawnionych.",
        "Asystentem nie będzie mógł zostać członek najbliższej rodziny mieszkający z osobą "
        "z niepełnosprawnością.",
    ],
    "nw_granica": [
        "W ostatnich tygodniach kilka razy doszło do ataków na patrole. Jeden z żołnierzy "
        "został lekko ranny kamieniem rzuconym zza zapory.",
        "Organizacje pomocowe alarmują, że w lasach po polskiej stronie wciąż znajdowane są "
        "osoby wycieńczone i wyziębione.",
        "Rząd zapowiada rozbudowę systemu kamer i czujników na całej długości zapory.",
    ],
    "nw_prad": [
        "Mrożenie cen energii dla gospodarstw domowych obowiązywało od 2023 roku i kosztowało "
        "budżet kilkadziesiąt miliardów złotych.",
        "Eksperci zwracają uwagę, że taryfy mogą zostać ponownie zmienione jesienią, jeśli "
        "ceny na rynku hurtowym wyraźnie wzrosną.",
        "Najwięcej na zmianie mogą stracić odbiorcy, którzy zużywają dużo energii, np. "
        "ogrzewając dom pompą ciepła.",
    ],
    "gv_acqua_1": [
        "Nelle frazioni collinari la pressione era già bassa nel pomeriggio e molte famiglie "
        "si sono trovate senza acqua all'ora di cena.",
        "I sindaci dei quattro comuni si sono riuniti in videoconferenza con il gestore e con "
        "la Prefettura nella notte.",
    ],
    "gv_acqua_2": [
        "In serata il gestore ha diffuso l'elenco aggiornato dei punti di distribuzione, "
        "aggiungendo due autobotti nelle frazioni di Staggia e Castel San Gimignano.",
        "Non sono mancate le polemiche sui social, dove molti residenti lamentano di non aver "
        "ricevuto alcuna comunicazione.",
    ],
    "gv_bilancio": [
        "Tra le opere previste c'è anche il rifacimento della piazza della stazione, atteso "
        "da anni dai residenti del quartiere.",
        "Il sindaco ha difeso la manovra: «Abbiamo scelto di investire sulla sicurezza delle "
        "scuole, che per noi viene prima di tutto».",
    ],
    "gv_acqua_3": [
        "Le scuole, rimaste aperte grazie alle cisterne, torneranno al servizio normale già "
        "da domani.",
        "Secondo i dati del gestore, durante l'emergenza sono stati distribuiti oltre due "
        "milioni di litri d'acqua con le autobotti.",
    ],
}

_MORE.update({
    "wd_sudan_truce#2": [
        "The Rapid Support Forces grew out of the Janjaweed militias accused of genocide in "
        "Darfur two decades ago. The United States determined in January that RSF fighters had "
        "committed genocide in the current war.",
        "Aid workers cautioned that even a successful pause would cover only a fraction of the "
        "city's needs, estimated at several hundred trucks a week.",
    ],
    "wd_sudan_cholera#2": [
        "Outbreaks have also been reported in Khartoum, where some residents have returned to "
        "neighbourhoods retaken by the army in March, finding water networks destroyed.",
        "Aid agencies said more than 70 percent of hospitals in conflict areas were either "
        "closed or barely functioning.",
    ],
    "wd_japan_bonds#2": [
        "Some analysts argued the sell-off was overdone, noting that Japanese households and "
        "banks still hold the vast majority of government debt.",
        "\"This is not a crisis, it is a repricing,\" said a fund manager in Singapore. \"But "
        "repricings can become crises if policymakers ignore them.\"",
    ],
    "wd_sudan_embargo#2": [
        "Rights groups have documented ethnically targeted killings by RSF fighters in West "
        "Darfur, including in the city of El Geneina in 2023.",
        "The panel of experts is due to present its next report to the council's sanctions "
        "committee in January.",
    ],
    "ll_negotiation#2": [
        "For patients, the change is easier to see at the pharmacy counter. Out-of-pocket costs "
        "for some blood thinners and diabetes drugs fell by hundreds of dollars a year.",
        "The second round, covering fifteen more drugs, takes effect next January. Among them is "
        "semaglutide, better known by its brand names.",
    ],
    "ll_pbm#2": [
        "Employers are starting to notice. Some large companies have switched to smaller PBMs "
        "that pass all rebates through and charge a flat fee instead.",
        "If you want to know which PBM handles your prescriptions, look at your insurance card. "
        "The name is usually printed in small letters next to the pharmacy information.",
    ],
    "ll_insulin#2": [
        "I also recorded shortages. Twice during the year, a common vial was out of stock at "
        "every pharmacy I visited in one city for more than a week.",
        "Online pharmacies run by manufacturers offered some of the lowest cash prices, but "
        "only for patients who knew they existed and could wait for delivery.",
    ],
    "ll_medicaid#2": [
        "Most adults on Medicaid who can work already do. Many of the rest are caregivers, "
        "students or people with health problems that do not meet a disability standard.",
        "Hospitals, especially in rural areas, will feel the difference. Uncompensated care "
        "rose in Arkansas while the rule was in force.",
    ],
    "bz_auftakt#2": [
        "Auch die eigene Partei war mit großer Prominenz angereist. Drei Ministerpräsidenten "
        "aus anderen Ländern sprachen Grußworte.",
        "Am Ende gab es minutenlangen Applaus. Brandt verließ die Halle durch den Hinterausgang.",
    ],
    "bz_heizkosten#2": [
        "Besonders teuer wird es in schlecht gedämmten Altbauten, in denen noch alte "
        "Gaskessel arbeiten.",
        "Wer künftig nicht wieder überrascht werden will, kann freiwillig höhere monatliche "
        "Abschläge zahlen.",
    ],
    "bz_duell#2": [
        "Die Moderatoren hatten Mühe, die Redezeit gerecht zu verteilen. Mehrfach sprachen "
        "beide Kandidaten gleichzeitig.",
        "Zugeschaltet waren nach Senderangaben im Schnitt 610 000 Zuschauer.",
    ],
    "bz_plakate#2": [
        "Parteien sind verpflichtet, beschädigte Plakate selbst zu ersetzen. Viele Kreisverbände "
        "haben deshalb Reserven gedruckt.",
        "Die Polizei bittet Zeugen, sich bei der nächsten Dienststelle zu melden.",
    ],
    "nw_placa#2": [
        "W 2026 roku płaca minimalna wynosi 4 806 zł brutto. Rok wcześniej było to 4 666 zł.",
        "Ekonomiści zwracają uwagę, że płaca minimalna w Polsce zbliża się do połowy "
        "przeciętnego wynagrodzenia, jak zaleca unijna dyrektywa.",
        "Związkowcy zapowiadają, że w negocjacjach będą walczyć o wyższą kwotę.",
    ],
    "nw_asystencja#2": [
        "Senat ma zająć się ustawą na najbliższym posiedzeniu. Senatorowie zapowiadają "
        "poprawki dotyczące górnej granicy wieku.",
        "Część organizacji krytykuje limit 65 lat, wskazując, że potrzeby nie znikają wraz z "
        "przejściem na emeryturę.",
        "Asystenci będą zatrudniani przez gminy lub organizacje pozarządowe wybrane w "
        "konkursach.",
    ],
    "nw_granica#2": [
        "Straż Graniczna podaje, że większość osób próbujących przekroczyć granicę przyleciała "
        "wcześniej do Rosji na podstawie wiz studenckich lub turystycznych.",
        "Mieszkańcy przygranicznych gmin skarżą się na spadek ruchu turystycznego w "
        "Puszczy Białowieskiej.",
        "Wojewoda podlaski zapowiedział spotkanie z samorządowcami w sprawie rekompensat dla "
        "przedsiębiorców ze strefy.",
    ],
    "nw_prad#2": [
        "Nowe taryfy zatwierdzono dla czterech największych sprzedawców energii.",
        "Prezes URE podkreślił, że spadek cen hurtowych pozwolił na obniżenie taryf poniżej "
        "limitu.",
        "Rząd zapowiada, że bon energetyczny dla najuboższych gospodarstw zostanie utrzymany.",
    ],
    "gv_acqua_1#2": [
        "La Asl ha ricordato che l'acqua delle autobotti è potabile ma va conservata in "
        "contenitori puliti e consumata entro ventiquattro ore.",
    ],
    "gv_acqua_2#2": [
        "Alcuni residenti di Colle hanno organizzato una raccolta di taniche per gli anziani "
        "del centro storico.",
    ],
    "gv_bilancio#2": [
        "Nel bilancio trovano spazio anche i fondi per il trasporto scolastico, confermati "
        "allo stesso livello dello scorso anno.",
    ],
    "gv_acqua_3#2": [
        "Il sindaco di San Gimignano ha ringraziato i volontari che hanno distribuito l'acqua "
        "porta a porta nelle frazioni.",
    ],
    "oi_vof_retraites": [
        "Le chiffre de 14 % revient régulièrement dans le débat public. Il inclut les pensions "
        "de base, les complémentaires et les régimes spéciaux.",
        "Le Conseil d'orientation des retraites prévoit que cette part reste stable ou baisse "
        "légèrement à long terme, selon les hypothèses de croissance retenues.",
    ],
    "oi_vof_medecins": [
        "Les projections montrent toutefois une remontée à partir de 2030, grâce à "
        "l'augmentation du nombre d'étudiants formés depuis la suppression du numerus clausus.",
        "En attendant, près de six millions de Français n'ont pas de médecin traitant, selon "
        "l'Assurance maladie.",
    ],
    "oi_municipales": [
        "Dans les communes de moins de 1 000 habitants, les électeurs votaient pour la "
        "première fois au scrutin de liste, une réforme adoptée en 2025.",
        "Plusieurs préfectures ont signalé des difficultés à constituer des listes complètes "
        "dans les petites communes rurales.",
        "Les résultats seront disponibles commune par commune sur le site du ministère de "
        "l'Intérieur dès lundi matin.",
    ],
    "oi_vof_electricite": [
        "La hausse de 2023 et 2024 s'explique en grande partie par la fin progressive du "
        "bouclier tarifaire mis en place pendant la crise énergétique.",
        "Les ménages ayant souscrit une offre de marché ont connu des évolutions très "
        "différentes selon leur fournisseur et la date de leur contrat.",
    ],
})


_MORE.update({
    "bz_auftakt#3": [
        "Kritik kam auch aus den eigenen Reihen: Ein Landtagsabgeordneter nannte den Slogan "
        "„zu glatt\u201c, er sage nichts über die Wirtschaft im Land.",
        "Die Partei will in den kommenden Wochen 20 000 Plakate aufhängen, so viele wie nie "
        "zuvor in Sachsen-Anhalt.",
    ],
    "bz_heizkosten#3": [
        "Vermieter müssen die Abrechnung spätestens zwölf Monate nach Ende des "
        "Abrechnungszeitraums vorlegen. Kommt sie später, müssen Mieter nicht nachzahlen.",
        "Die Verbraucherzentralen bieten eine Prüfung der Abrechnung an, die meist zwischen "
        "20 und 40 Euro kostet.",
    ],
    "bz_duell#3": [
        "Auch das Thema Bildung spielte eine Rolle. Köhler versprach 800 zusätzliche "
        "Lehrerstellen, Brandt eine Prämie für Lehrkräfte auf dem Land.",
        "Die Grünen und die Linke, die beide um den Wiedereinzug in den Landtag bangen, "
        "kritisierten, dass sie nicht eingeladen worden waren.",
    ],
    "bz_plakate#3": [
        "Wer Wahlplakate beschädigt, macht sich der Sachbeschädigung schuldig. Es drohen "
        "Geldstrafen oder bis zu zwei Jahre Haft.",
        "In Dessau hängten Ehrenamtliche noch am Sonntagnachmittag neue Plakate auf.",
    ],
    "gv_acqua_1#3": [
        "Il gestore ha attivato un numero verde per le segnalazioni, che nelle prime ore ha "
        "ricevuto centinaia di chiamate.",
        "Non è la prima volta che la condotta si rompe: un guasto simile, nello stesso tratto, "
        "si era verificato nell'estate del 2022.",
    ],
    "gv_acqua_2#3": [
        "I commercianti chiedono al Comune la sospensione della tassa sui rifiuti per i giorni "
        "di chiusura forzata.",
        "Le associazioni dei consumatori hanno annunciato che chiederanno un indennizzo in "
        "bolletta per tutte le utenze coinvolte.",
    ],
    "gv_bilancio#3": [
        "La seduta è durata oltre cinque ore ed è stata seguita da una quarantina di "
        "cittadini, che hanno più volte interrotto gli interventi.",
        "Il bilancio dovrà ora essere trasmesso alla Corte dei conti entro trenta giorni.",
    ],
    "gv_acqua_3#3": [
        "Per i prossimi giorni sono previsti controlli a campione sulla qualità dell'acqua "
        "nelle scuole e nelle strutture sanitarie.",
        "Il gestore ha annunciato che lo sconto in bolletta per le utenze rimaste senza acqua "
        "sarà applicato automaticamente.",
    ],
    "oi_vof_retraites#3": [
        "Le débat sur le financement du système est relancé chaque année lors de l'examen "
        "du budget de la Sécurité sociale.",
    ],
    "oi_vof_medecins#3": [
        "Le gouvernement a annoncé l'envoi de médecins volontaires dans les zones les plus "
        "sous-dotées, pour quelques jours par mois.",
    ],
    "oi_municipales#3": [
        "À Paris, Lyon et Marseille, les électeurs votaient pour la première fois selon un "
        "nouveau mode de scrutin, avec une urne pour le conseil municipal et une pour les "
        "conseils d'arrondissement.",
    ],
    "oi_vof_electricite#3": [
        "La Commission de régulation de l'énergie doit publier sa prochaine proposition "
        "tarifaire en janvier.",
    ],
    "nw_placa#3": [
        "Jeśli pracujesz na umowie zlecenia, nowa stawka godzinowa obejmie także ciebie.",
    ],
    "nw_asystencja#3": [
        "Ministerstwo rodziny uruchomi infolinię, na której będzie można sprawdzić, jak "
        "przygotować się do oceny potrzeb.",
    ],
    "nw_granica#3": [
        "Zapora na granicy ma 186 km długości i 5,5 m wysokości. Jej budowa zakończyła się "
        "w 2022 roku.",
    ],
    "nw_prad#3": [
        "Jeśli masz zaległości w płatnościach, możesz złożyć wniosek o rozłożenie należności "
        "na raty u swojego sprzedawcy.",
    ],
})


def _with_more(name: str, body: list, before: str | None = None) -> list:
    """The article's body with its further paragraphs inserted before the last one
    (or before the paragraph ``before``)."""
    more = _MORE.get(name, []) + _MORE.get(name + "#2", []) + _MORE.get(name + "#3", [])
    at = body.index(before) if before in body else len(body) - 1
    return body[:at] + more + body[at:]


# ---------------------------------------------------------------------------
# 1. en_wire_aggregator: a wire-service aggregator re-posting agency copy
# ---------------------------------------------------------------------------

_WD_BACKGROUND = (
    "Background: The war between Sudan's army and the paramilitary Rapid Support Forces began in "
    "April 2023 and has killed tens of thousands of people and driven more than 12 million from "
    "their homes, according to United Nations figures."
)


def _wd_page(name, ticker, cookie, stamp, filed, title, lead, body, box_at, tail_more, most_read):
    body = _with_more(name, body)
    blocks = [
        _n("WireDesk", ticker),
    ]
    if cookie:
        blocks.append(
            _n(
                "We use cookies to personalise content and ads and to analyse our traffic. "
                "Accept all | Manage preferences"
            )
        )
    blocks.append(_k(title))
    blocks.append(_n(stamp, filed))
    blocks.append(_k(lead))
    for i, p in enumerate(body):
        if i == box_at:
            blocks.append(_n("Advertisement"))
            blocks.append(
                _n("Get breaking news alerts on the free WireDesk app for iPhone and Android.")
            )
        blocks.append(_k(p))
    blocks.append(_n("More from Global Press Wire", tail_more[0]))
    blocks.append(_n("Most read on WireDesk", *most_read[:2]))
    blocks.append(
        _n(
            "Content from Global Press Wire is republished under licence. WireDesk is not "
            "responsible for the content of external sites. © 2026 WireDesk Media Ltd.",
        )
    )
    return page_from_blocks(name, blocks)


WIRE_AGGREGATOR = [
    _wd_page(
        "wd_sudan_truce",
        "LIVE MARKETS  Dow 44,120.35 ▲0.41%  S&P 500 6,012.80 ▲0.22%  Brent $71.08 ▼1.30%",
        True,
        "Published 2h ago · Updated 47 min ago",
        "Filed under: World, Africa",
        "Sudan's warring sides agree to three-day truce to let aid convoys reach El Fasher",
        "PORT SUDAN, Sudan (GPW) — Sudan's army and the Rapid Support Forces agreed on Tuesday to a "
        "72-hour humanitarian pause around the besieged city of El Fasher, mediators said, the first "
        "such deal in North Darfur in more than a year.",
        [
            "The pause is due to begin at dawn on Thursday and is meant to let at least 40 trucks of "
            "food and medicine into the city, where aid agencies say famine conditions have been "
            "confirmed in two displacement camps.",
            "\"This is a narrow window, and we intend to use every hour of it,\" a senior official of "
            "the World Food Programme told reporters in Geneva, asking not to be named because the "
            "convoy routes had not been made public.",
            "Neither side has respected previous truces for long. A ceasefire announced in June "
            "collapsed within a day after both sides accused each other of shelling residential "
            "districts.",
            "The army said in a statement it would \"abide by the pause as long as the other party "
            "does\". The RSF said its forces would open two roads from the west of the city.",
            _WD_BACKGROUND,
            "Diplomats said the United States, Saudi Arabia and the African Union would monitor the "
            "pause remotely, using satellite imagery and reports from local volunteers.",
        ],
        2,
        [
            "Floods cut main road between Khartoum and Port Sudan",
            "Chad reopens border crossing for refugees",
        ],
        [
            "Man survives 11 days adrift off the coast of Fiji",
            "Bank of England holds rates, signals cut in spring",
            "Record heat forces school closures across Pakistan",
        ],
    ),
    _wd_page(
        "wd_sudan_cholera",
        "LIVE MARKETS  Dow 44,302.11 ▲0.18%  S&P 500 6,031.45 ▲0.09%  Brent $70.62 ▼0.65%",
        True,
        "Published 5h ago",
        "Filed under: World, Health",
        "Cholera cases surge in Sudan's displacement camps as rainy season peaks, WHO says",
        "GENEVA (GPW) — Cholera infections in Sudan have more than doubled in a month, the World "
        "Health Organization said on Friday, warning that flooded camps and a collapsed health "
        "system were letting the disease spread faster than vaccines could be delivered.",
        [
            "The agency recorded 9,400 suspected cases and 212 deaths in the four weeks to Sept. 14, "
            "most of them in Darfur and in camps around Kassala and Gedaref.",
            "\"We are seeing children arrive at clinics too late to be saved, because the clinics "
            "are a day's walk away,\" said Dr. Amira Hassan, a WHO epidemiologist working in Darfur.",
            "About 1.4 million oral vaccine doses have arrived since July, but aid groups say fuel "
            "shortages and insecurity have kept cold-chain trucks from reaching many areas.",
            _WD_BACKGROUND,
            "Médecins Sans Frontières said its treatment centre in Tawila was operating at three "
            "times its capacity and that staff were treating patients on the floor.",
            "The WHO appealed for $46 million to fund its cholera response until the end of the "
            "year. Less than a fifth of that amount has been pledged so far.",
        ],
        3,
        [
            "UN envoy calls for new round of Sudan talks",
            "Egypt says it has received 1.5 million Sudanese since 2023",
        ],
        [
            "Bank of England holds rates, signals cut in spring",
            "Japan's 30-year bond yield hits record high",
            "Man survives 11 days adrift off the coast of Fiji",
        ],
    ),
    _wd_page(
        "wd_japan_bonds",
        "LIVE MARKETS  Nikkei 38,911.20 ▼1.12%  Dow 44,015.90 ▼0.24%  USD/JPY 157.84",
        False,
        "Published 9h ago · Updated 6h ago",
        "Filed under: Business, Markets",
        "Japan's 30-year bond yield hits record as investors weigh new spending plans",
        "TOKYO (GPW) — The yield on Japan's 30-year government bond rose to its highest level since "
        "the maturity was introduced, as investors demanded more compensation for holding debt "
        "amid talk of a large supplementary budget.",
        [
            "The yield climbed 9 basis points to 3.41% in afternoon trading, while the 10-year yield "
            "rose to 1.72%, a level last seen in 2008.",
            "The prime minister has said the government would prepare an economic package "
            "to ease the cost of living, without saying how it would be funded.",
            "\"The market is asking a simple question: who buys all this debt once the Bank of Japan "
            "steps back?\" said Naoko Ishii, chief rates strategist at a Tokyo brokerage.",
            "The Bank of Japan has been reducing its purchases of government bonds since last year "
            "and has signalled it could raise interest rates again in the coming months.",
            "The yen weakened past 157 to the dollar after the bond sell-off, prompting a warning "
            "from the finance ministry that it was watching currency moves \"with a sense of "
            "urgency\".",
            "Weak demand at a 20-year bond auction last week had already unsettled traders, who say "
            "life insurers, traditionally big buyers of long-dated debt, are holding back.",
        ],
        2,
        [
            "Toyota cuts annual profit forecast on U.S. tariffs",
            "China's exports slow for second month",
        ],
        [
            "Record heat forces school closures across Pakistan",
            "Bank of England holds rates, signals cut in spring",
            "Sudan's warring sides agree to three-day truce",
        ],
    ),
    _wd_page(
        "wd_sudan_embargo",
        "LIVE MARKETS  Dow 44,188.02 ▲0.39%  S&P 500 6,020.14 ▲0.31%  Gold $2,648.70 ▲0.20%",
        True,
        "Published 1d ago",
        "Filed under: World, United Nations",
        "U.N. Security Council extends Darfur arms embargo for another year",
        "UNITED NATIONS (GPW) — The U.N. Security Council voted on Wednesday to extend an arms "
        "embargo on Sudan's Darfur region for a further 12 months, despite calls from rights groups "
        "to widen it to the whole country.",
        [
            "The resolution passed with 13 votes in favour, while Russia and China abstained, "
            "saying the measure should be reviewed after six months.",
            "Britain, which drafted the text, said weapons were still flowing into Darfur through "
            "neighbouring countries and that the panel of experts monitoring the embargo needed more "
            "time to investigate.",
            "Sudan's U.N. ambassador called the embargo \"selective\" and said it treated the "
            "national army and a rebel militia as if they were equals.",
            _WD_BACKGROUND,
            "Amnesty International said the council had \"once again chosen the minimum\" and urged "
            "members to name the companies whose drones and ammunition had been found in Darfur.",
        ],
        1,
        [
            "Sudan's army says it retook two towns in North Kordofan",
            "Aid groups warn of famine in the Nuba Mountains",
        ],
        [
            "Man survives 11 days adrift off the coast of Fiji",
            "Record heat forces school closures across Pakistan",
            "Toyota cuts annual profit forecast on U.S. tariffs",
        ],
    ),
]


# ---------------------------------------------------------------------------
# 2. en_thinktank_blog: a think-tank commentary blog with a series standfirst and tables
# ---------------------------------------------------------------------------

_APF_SERIES = (
    "This commentary is part of Europe After the Ceasefire, a series examining how European "
    "security must adapt once the fighting in Ukraine stops."
)
_APF_BIO_HALE = (
    "Dr. Miriam Hale is a senior fellow in the European Security Programme at the Atlantic Policy "
    "Forum. She previously served at NATO's Defence Policy and Planning Division."
)
_APF_DISCLAIMER = (
    "The views expressed in this commentary are solely those of the author and do not necessarily "
    "reflect those of the Atlantic Policy Forum."
)


def _apf_page(name, crumb, date, author, topics, title, body, donate, related, bio):
    blocks = [
        _n("Atlantic Policy Forum"),
        _n(crumb, "Commentary", date),
        _k(title),
        _n(author, "Download PDF"),
    ]
    for item in body:
        blocks.append(item if isinstance(item, list) else _k(item))
    blocks.append(_n(topics))
    blocks.append(_n(bio, _APF_DISCLAIMER))
    blocks.append(_n("Related publications", *related))
    blocks.append(
        _n("Sign up for the APF Weekly Briefing: our best analysis, every Friday.")
    )
    if donate:
        blocks.append(
            _n(
                "The Atlantic Policy Forum is independent and non-partisan. Your support makes "
                "our research possible. Make a donation today."
            )
        )
    blocks.append(
        _n(
            "The Atlantic Policy Forum is a registered charity (No. 1098765) and a company "
            "limited by guarantee registered in England and Wales. © 2026 Privacy | Cookies",
        )
    )
    return page_from_blocks(name, blocks)


THINKTANK_BLOG = [
    _apf_page(
        "apf_spending",
        "Home / Publications / Commentary",
        "12 February 2026",
        "Miriam Hale",
        "Topics: Defence spending, NATO, Europe",
        "Europe's Defence Budgets Have Grown. Its Armies Have Not",
        [
            _APF_SERIES,
            "Three years into the largest rearmament drive since the Cold War, European "
            "governments can point to headline figures that would have seemed impossible in 2021. "
            "Yet the number of deployable brigades has barely moved.",
            "The table below compares spending as a share of GDP for five of the largest European "
            "contributors to NATO.",
            _k(
                "Country",
                "2021",
                "2025",
                "Change (points)",
                "Poland",
                "2.2",
                "4.5",
                "+2.3",
                "Germany",
                "1.3",
                "2.4",
                "+1.1",
                "France",
                "1.9",
                "2.1",
                "+0.2",
                "Italy",
                "1.4",
                "1.6",
                "+0.2",
                "United Kingdom",
                "2.1",
                "2.4",
                "+0.3",
            ),
            "Source: NATO defence expenditure estimates; author's calculations.",
            "Most of the new money has gone into procurement contracts that will deliver equipment "
            "at the end of the decade. Personnel budgets, by contrast, have grown slowly, and "
            "several armies are still shrinking.",
            "WHAT THE NUMBERS HIDE",
            "Recruitment is the binding constraint. Germany's Bundeswehr ended last year with "
            "fewer active soldiers than it had in 2019, despite a pay rise and a new voluntary "
            "service model.",
            "A ceasefire in Ukraine would not ease this pressure. It would create a long, "
            "militarised line that European forces might be asked to help monitor, on top of "
            "their existing commitments on NATO's eastern flank.",
            "Governments should therefore publish, alongside their spending targets, targets for "
            "trained personnel and ammunition stocks, and report against them each year.",
        ],
        True,
        [
            "Reassurance Without Tripwires: Options for a Post-War Ukraine",
            "The Baltic Brigade, One Year On",
        ],
        _APF_BIO_HALE,
    ),
    _apf_page(
        "apf_monitoring",
        "Home / Publications / Commentary",
        "26 February 2026",
        "Miriam Hale",
        "Topics: Ukraine, Ceasefire monitoring, OSCE",
        "Who Will Watch the Line? Lessons From the OSCE Mission in Donbas",
        [
            _APF_SERIES,
            "Any ceasefire in Ukraine will stand or fall on verification. Europe has done this "
            "before, and the record of the OSCE Special Monitoring Mission between 2014 and 2022 "
            "is a warning as much as a model.",
            "The mission's monitors were unarmed, too few and often denied access. At its peak it "
            "fielded around 700 monitors for a contact line of some 420 kilometres.",
            "WHAT WENT WRONG",
            "Restrictions on movement were logged daily but rarely had political consequences. "
            "Drones were jammed or shot down, and the mission had no means of responding.",
            "A future mission would face a line more than twice as long, saturated with drones "
            "and mines. Technical monitoring from satellites and sensors can help, but someone "
            "must still investigate incidents on the ground.",
            "WHAT TO DO DIFFERENTLY",
            "First, violations must be attributed publicly and quickly, within days rather than "
            "weeks. Second, monitors need secure communications and the authority to request "
            "access without prior notice. Third, the mission's mandate must be tied to "
            "consequences agreed in advance by its sponsors.",
            "None of this is cheap. But the cost of a ceasefire that collapses because nobody "
            "could say who broke it would be far higher.",
        ],
        True,
        [
            "Europe's Defence Budgets Have Grown. Its Armies Have Not",
            "Sanctions Relief as Leverage: A Primer",
        ],
        _APF_BIO_HALE,
    ),
    _apf_page(
        "apf_ammunition",
        "Home / Publications / Commentary",
        "11 March 2026",
        "Miriam Hale",
        "Topics: Defence industry, Ammunition, European Union",
        "Artillery Shells Are Europe's Real Test of Seriousness",
        [
            _APF_SERIES,
            "Europe promised Ukraine a million artillery shells in 2023 and delivered about half "
            "on time. Production has risen since then, but the gap between pledges and output is "
            "still the clearest measure of European capacity.",
            "Estimated annual production of 155mm shells, in thousands of rounds",
            _k(
                "Country",
                "2023",
                "2025",
                "Germany",
                "150",
                "400",
                "France",
                "30",
                "100",
                "Poland",
                "20",
                "80",
            ),
            "Source: company statements and government announcements compiled by the author.",
            "These numbers are estimates, and governments guard the real ones closely. But the "
            "trend is clear: capacity has roughly tripled, largely because a handful of firms "
            "received long-term contracts.",
            "The lesson for the post-war period is that industry will not invest on the strength "
            "of speeches. Multi-year orders, joint purchasing and guaranteed minimum volumes did "
            "more than any summit declaration.",
            "If the fighting stops, the temptation will be to let those contracts lapse. That "
            "would be a mistake: deterrence after a ceasefire depends on stocks that can be seen "
            "to exist.",
        ],
        False,
        [
            "Who Will Watch the Line? Lessons From the OSCE Mission in Donbas",
            "The European Defence Industrial Strategy Explained",
        ],
        _APF_BIO_HALE,
    ),
    _apf_page(
        "apf_sahel",
        "Home / Publications / Commentary",
        "18 March 2026",
        "Kwame Osei-Bonsu",
        "Topics: Sahel, Russia, Counterterrorism",
        "After France, After Wagner: What Is Left of Security Cooperation in the Sahel",
        [
            "Five years ago, France had more than 5,000 troops in the Sahel. Today it has none "
            "in Mali, Burkina Faso or Niger, and the juntas that expelled them have turned to "
            "Russia's Africa Corps.",
            "The results have not matched the promises. Attacks by groups linked to al-Qaeda and "
            "the Islamic State have spread south towards the coastal states of Benin and Togo.",
            "European governments have largely withdrawn from the region, fearing that any "
            "engagement would legitimise military rulers. That position is understandable but "
            "increasingly hard to sustain.",
            "There are modest steps available: support for the coastal states' border forces, "
            "humanitarian access negotiated through regional bodies, and quiet channels to the "
            "juntas on migration and hostages.",
            "Europe does not need to return to the Sahel as a military power. It does need to "
            "stop pretending that absence is a policy.",
        ],
        True,
        [
            "Coastal West Africa and the Spreading Insurgency",
            "Russia's Africa Corps: Structure and Funding",
        ],
        "Kwame Osei-Bonsu is a research fellow in the Africa Programme at the Atlantic Policy "
        "Forum.",
    ),
]


# ---------------------------------------------------------------------------
# 3. en_longform_platform: a Medium-style platform, one health-policy writer
# ---------------------------------------------------------------------------

_DW_DISCLOSURE = (
    "(Disclosure: I advised the Department of Health and Human Services on drug pricing from 2019 "
    "to 2022. I have no financial ties to any drug maker or insurer.)"
)


def _ll_page(name, member, meta, claps, responses, title, subtitle, paras, recs):
    paras = _with_more(name, paras)
    blocks = [_n("Ledgerline", "Sign in")]
    if member:
        blocks.append(_n("Member-only story"))
    blocks.append(_k(title, subtitle))
    blocks.append(_n("Dana Whitfield", meta, claps, responses))
    blocks.extend(_paras(paras))
    blocks.append(_n("Written by Dana Whitfield", "2.3K Followers · Writer for Policy Notebook"))
    blocks.append(_n("More from Dana Whitfield", recs[0]))
    blocks.append(_n("Recommended from Ledgerline", recs[2]))
    blocks.append(_n("Help Status About Careers Press Blog Privacy Terms Text to speech Teams"))
    return page_from_blocks(name, blocks)


LONGFORM_PLATFORM = [
    _ll_page(
        "ll_negotiation",
        True,
        "9 min read · Feb 3, 2026",
        "1.2K",
        "34",
        "Medicare's Price Negotiations Are Working. Here's Why Drug Makers Keep Suing",
        "The first negotiated prices took effect last year. The lawsuits have not stopped.",
        [
            "When Medicare's first ten negotiated drug prices took effect in January 2026, the "
            "predicted collapse of pharmaceutical research did not arrive with them.",
            _DW_DISCLOSURE,
            "The discounts were large on paper, between 38 and 79 percent off list prices. In "
            "practice, because list prices were already reduced by rebates, the savings to "
            "Medicare were smaller but still real.",
            "So why are manufacturers still fighting the program in court? Because the next "
            "rounds matter more than the first. The list now includes drugs taken by millions of "
            "people, and the law lets Medicare negotiate older biologics too.",
            "The industry's legal arguments have mostly failed. Appeals courts have rejected "
            "claims that negotiation is a taking of property or a form of compelled speech.",
            "But the lawsuits are not really aimed at judges. They are aimed at Congress, which "
            "could still change the rules, for example by extending the years before a small-"
            "molecule drug becomes eligible.",
            "That change sounds technical. It would cost Medicare billions of dollars, and it is "
            "the fight worth watching this year.",
        ],
        [
            "The 340B Program Nobody Can Explain",
            "What a Pharmacy Benefit Manager Actually Does",
            "I Tracked Every Insulin Price Change for a Year",
            "The Hidden Cost of Prior Authorization",
        ],
    ),
    _ll_page(
        "ll_pbm",
        True,
        "7 min read · Feb 17, 2026",
        "846",
        "21",
        "What a Pharmacy Benefit Manager Actually Does",
        "Three companies stand between your doctor's prescription and your pharmacy counter.",
        [
            "Most Americans have never heard of the company that decides how much they pay for "
            "their prescriptions. It is probably one of three: CVS Caremark, Express Scripts or "
            "OptumRx.",
            _DW_DISCLOSURE,
            "Pharmacy benefit managers were created to negotiate with drug makers on behalf of "
            "employers and insurers. Over time they also came to own pharmacies and to be owned "
            "by insurers.",
            "Their main tool is the formulary, the list of drugs a plan will cover. A manufacturer "
            "that wants its drug on that list pays a rebate, often calculated as a share of the "
            "list price.",
            "That arrangement rewards high list prices. A patient with a deductible pays based on "
            "the list price, while the rebate flows back to the plan.",
            "Both parties in Congress now say they want to reform the system. The question is "
            "whether they will ban the link between rebates and list prices, or settle for "
            "reporting requirements.",
        ],
        [
            "Medicare's Price Negotiations Are Working",
            "The 340B Program Nobody Can Explain",
            "Why Your Insurance Card Lies to You",
            "A Nurse's Guide to Surviving Open Enrollment",
        ],
    ),
    _ll_page(
        "ll_insulin",
        False,
        "11 min read · Mar 2, 2026",
        "2.9K",
        "88",
        "I Tracked Every Insulin Price Change for a Year",
        "The $35 cap helped seniors. Everyone else is still on their own.",
        [
            "A year ago I began recording the list price and the cash price of the five most "
            "prescribed insulins at six pharmacies in three states.",
            _DW_DISCLOSURE,
            "The good news first. The three large manufacturers cut list prices on their older "
            "insulins by up to 70 percent in 2024, and those cuts held.",
            "The bad news is that newer products, including long-acting analogues and pens, did "
            "not follow. Cash prices for some pens barely moved.",
            "Medicare patients are protected by a $35 monthly cap. People with private insurance "
            "depend on their plan, and people without insurance depend on coupons that change "
            "without notice.",
            "In one pharmacy, the cash price of the same pen changed four times in a single "
            "month, from $98 to $312 and back.",
            "The lesson of the year is simple: price caps work for the people they cover. The "
            "problem is everyone they leave out.",
        ],
        [
            "What a Pharmacy Benefit Manager Actually Does",
            "Medicare's Price Negotiations Are Working",
            "The Hidden Cost of Prior Authorization",
            "How Diabetes Became a Business Model",
        ],
    ),
    _ll_page(
        "ll_medicaid",
        True,
        "8 min read · Mar 16, 2026",
        "1.5K",
        "57",
        "Medicaid Work Requirements Are Coming. Most People Will Lose Coverage Over Paperwork",
        "Arkansas already ran this experiment. We know how it ends.",
        [
            "Starting next year, millions of adults covered by Medicaid expansion will have to "
            "show that they work, study or volunteer at least 80 hours a month.",
            _DW_DISCLOSURE,
            "Supporters say the rule will push people into jobs. The evidence from Arkansas, the "
            "only state to enforce a similar rule before courts halted it, points the other way.",
            "In 2018, about 18,000 people lost coverage there within months. Most of them were "
            "already working or qualified for an exemption. They lost coverage because they did "
            "not report it, often through a website that shut down every night.",
            "Employment did not rise. Medical debt did.",
            "States now have a choice about how to verify work. They can use data they already "
            "hold, such as wage records, or they can ask people to prove it every month.",
            "The first approach keeps people covered. The second saves money by losing them. "
            "Watch which one your state picks.",
        ],
        [
            "I Tracked Every Insulin Price Change for a Year",
            "The 340B Program Nobody Can Explain",
            "Unwinding Was a Warning",
            "What Medicaid Cuts Mean for Rural Hospitals",
        ],
    ),
]


# ---------------------------------------------------------------------------
# 4. fr_public_broadcaster: a public radio newsroom site with a fact-check series
# ---------------------------------------------------------------------------

_OI_VOF = (
    "Chaque semaine, la cellule Vrai ou faux d'Ondes Info vérifie une déclaration d'un "
    "responsable politique."
)


def _oi_page(name, crumb, date, read, byline, title, chapo, body, box_at, lire_aussi, podcast):
    body = _with_more(name, body)
    blocks = [
        _n("Ondes Info", "Direct"),
        _n(crumb),
        _k(title, chapo),
        _n(byline, date, read),
        _n("Partager l'article"),
    ]
    for i, p in enumerate(body):
        if i == box_at:
            blocs = ["À lire aussi", lire_aussi]
            blocks.append(_n(*blocs))
        blocks.append(p if isinstance(p, list) else _k(p))
    if podcast:
        blocks.append(
            _n(
                "PODCAST",
                "Écoutez « Le décryptage » chaque matin à 7h50 sur Ondes Info et sur toutes les "
                "plateformes de podcast.",
            )
        )
    blocks.append(
        _n(
            "Ondes Info, l'information du service public.",
            "Mentions légales | Données personnelles | Gestion des cookies | Accessibilité : "
            "partiellement conforme",
        )
    )
    return page_from_blocks(name, blocks)


PUBLIC_BROADCASTER = [
    _oi_page(
        "oi_vof_retraites",
        "Accueil > Politique > Vrai ou faux",
        "Publié le 03/03/2026 à 06:58",
        "Temps de lecture : 3 min",
        "Article rédigé par Camille Vasseur - Ondes Info",
        "VRAI OU FAUX. La France consacre-t-elle vraiment 14 % de sa richesse aux retraites ?",
        "Un député de la majorité a affirmé dimanche que le pays dépensait « plus que tous ses "
        "voisins » pour ses retraités. Les chiffres lui donnent en partie raison.",
        [
            _OI_VOF,
            "Ce qui a été dit",
            "« Nous consacrons 14 % de notre PIB aux retraites, c'est plus que tous nos voisins "
            "européens », a déclaré le député sur un plateau de télévision dimanche soir.",
            "Ce qu'il en est vraiment",
            "Selon le dernier rapport du Conseil d'orientation des retraites, les dépenses de "
            "retraite représentaient 13,9 % du PIB en 2024. Le chiffre avancé est donc exact, à "
            "l'arrondi près.",
            "La comparaison avec les voisins est plus fragile. L'Italie consacre une part "
            "comparable de sa richesse à ses pensions, autour de 15 %, selon Eurostat. "
            "L'Allemagne, en revanche, se situe autour de 10 %.",
            "Les économistes rappellent aussi que ces comparaisons dépendent de ce que l'on "
            "compte : certains pays financent une partie des retraites par des fonds privés "
            "obligatoires, qui n'apparaissent pas dans les dépenses publiques.",
            "Notre verdict",
            "Plutôt vrai pour le chiffre, faux pour la comparaison : la France n'est pas le pays "
            "européen qui dépense le plus pour ses retraites.",
        ],
        3,
        "Réforme des retraites : ce que change la suspension votée par le Parlement",
        True,
    ),
    _oi_page(
        "oi_vof_medecins",
        "Accueil > Politique > Vrai ou faux",
        "Publié le 10/03/2026 à 07:04",
        "Temps de lecture : 3 min",
        "Article rédigé par Camille Vasseur - Ondes Info",
        "VRAI OU FAUX. Le nombre de médecins généralistes a-t-il baissé de 10 % en dix ans ?",
        "Une candidate aux municipales a dénoncé la « désertification médicale » dans sa ville. "
        "Nous avons vérifié.",
        [
            _OI_VOF,
            "Ce qui a été dit",
            "« En dix ans, on a perdu un médecin généraliste sur dix en France », a affirmé la "
            "candidate lors d'un meeting à Nevers, mardi.",
            "Ce qu'il en est vraiment",
            "D'après la Direction de la recherche, des études, de l'évaluation et des "
            "statistiques, le nombre de généralistes en activité régulière est passé d'environ "
            "94 000 en 2012 à 84 000 en 2024, soit une baisse d'un peu plus de 10 %.",
            "La baisse est encore plus marquée si l'on rapporte ce nombre à la population, qui a "
            "augmenté pendant la même période, et au vieillissement des patients.",
            "Mais la répartition est très inégale : certains départements ruraux ont perdu plus "
            "d'un quart de leurs généralistes, quand des métropoles en ont gagné.",
            "Notre verdict",
            "Vrai. La baisse est réelle et même légèrement supérieure au chiffre avancé.",
        ],
        4,
        "Déserts médicaux : la régulation de l'installation des médecins adoptée au Sénat",
        True,
    ),
    _oi_page(
        "oi_municipales",
        "Accueil > Politique > Élections municipales 2026",
        "Publié le 16/03/2026 à 00:41",
        "Temps de lecture : 4 min",
        "Article rédigé par Thomas Mercier, Léa Fontaine - Ondes Info",
        "Municipales 2026 : une participation en baisse et plusieurs maires sortants en ballottage",
        "Le premier tour des élections municipales a été marqué dimanche par une abstention "
        "élevée, notamment dans les grandes villes.",
        [
            "La participation s'établissait à 53 % à 20 heures, selon les estimations de "
            "l'institut Ipsos, contre 44,7 % en 2020, un scrutin perturbé par l'épidémie de "
            "Covid-19, et 63,5 % en 2014.",
            "Dans plusieurs grandes villes, les maires sortants arrivent en tête mais devront "
            "affronter un second tour serré, parfois face à une liste d'union.",
            "Les listes divers droite et les listes citoyennes progressent dans les communes "
            "moyennes, où la sécurité et le prix du logement ont dominé la campagne.",
            "Le ministère de l'Intérieur publiera les résultats définitifs dans la nuit. Les "
            "listes ayant obtenu au moins 10 % des suffrages exprimés peuvent se maintenir au "
            "second tour, prévu le 22 mars.",
            "Les négociations de fusion entre listes doivent être bouclées avant mardi 18 heures, "
            "date limite de dépôt des candidatures pour le second tour.",
        ],
        2,
        "Municipales : comment sont élus les conseillers dans les communes de moins de 1 000 "
        "habitants ?",
        False,
    ),
    _oi_page(
        "oi_vof_electricite",
        "Accueil > Politique > Vrai ou faux",
        "Publié le 24/03/2026 à 06:55",
        "Temps de lecture : 2 min",
        "Article rédigé par Hugo Lambert - Ondes Info",
        "VRAI OU FAUX. Le prix de l'électricité a-t-il augmenté de 50 % depuis 2022 ?",
        "Un responsable syndical a accusé le gouvernement d'avoir « fait exploser » les factures. "
        "Les chiffres montrent une hausse forte, mais moins que ce qui a été dit.",
        [
            _OI_VOF,
            "Ce qui a été dit",
            "« Depuis 2022, le prix de l'électricité a augmenté de 50 % pour les ménages », a "
            "déclaré le responsable syndical jeudi sur notre antenne.",
            "Ce qu'il en est vraiment",
            "Le tarif réglementé de vente, qui concerne une majorité de ménages, a augmenté "
            "d'environ 44 % entre février 2022 et février 2025, selon les délibérations de la "
            "Commission de régulation de l'énergie.",
            "Le tarif a ensuite baissé d'environ 15 % en février 2025, avant une légère hausse "
            "en août. Sur l'ensemble de la période, la hausse est donc plus proche de 30 %.",
            "Notre verdict",
            "Faux. La hausse a été forte, mais le chiffre de 50 % ne correspond à aucun moment de "
            "la période.",
        ],
        3,
        "Électricité : ce qui change sur votre facture au 1er août",
        True,
    ),
]


# ---------------------------------------------------------------------------
# 5. de_tabloid: a German tabloid with paywall teasers and a quoted campaign slogan
# ---------------------------------------------------------------------------

_BZ_SLOGAN = "„Sicherheit. Ordnung. Zukunft.\u201c"


def _bz_page(name, kicker, date, author, photo, comments, title, body, ad_at, plus, more):
    body = _with_more(name, body)
    blocks = [
        _n("BLITZ", "News Politik Geld Sport Unterhaltung Regional Ratgeber Auto"),
        _n(kicker),
        _k(title),
        _n(photo, date, author, comments),
    ]
    for i, p in enumerate(body):
        if i == ad_at:
            blocks.append(_n("Anzeige"))
            blocks.append(
                _n("Die BLITZ-App: Alle Eilmeldungen sofort aufs Handy – jetzt kostenlos laden!")
            )
        if plus and i == len(body) - 2:
            blocks.append(
                _n(
                    "BLITZ+",
                    "Jetzt weiterlesen mit BLITZ+ – im ersten Monat nur 0,99 €",
                )
            )
        blocks.append(p if isinstance(p, list) else _k(p))
    blocks.append(_n("Mehr zum Thema", more[0]))
    blocks.append(
        _n(
            "Impressum | Datenschutz | AGB | Nutzungsbasierte Online-Werbung | Cookie-Einstellungen",
            "© BLITZ Media Group 2026",
        )
    )
    return page_from_blocks(name, blocks)


TABLOID = [
    _bz_page(
        "bz_auftakt",
        "Wahlkampf-Auftakt in Magdeburg",
        "07.03.2026 - 19:12 Uhr",
        "Von Jens Kröger",
        "Foto: Karl Weber/dpa",
        "Kommentare (214)",
        "Kanzler-Rivale Brandt heizt Halle ein: „Dieses Land braucht einen Neuanfang!\u201c",
        [
            "Volle Halle, laute Musik, Fahnen in der ersten Reihe: Mit einem Auftritt vor rund "
            "3000 Anhängern hat Oppositionsführer Torsten Brandt (54) am Samstag den Wahlkampf "
            "in Sachsen-Anhalt eröffnet.",
            "Hinter ihm prangte in riesigen Buchstaben der Slogan, mit dem seine Partei in alle "
            "Landtagswahlen des Jahres zieht:",
            _BZ_SLOGAN,
            "Brandt sprach 48 Minuten lang, fast ohne Manuskript. Sein Hauptthema: die Kosten "
            "für Energie und Mieten. „Die Leute arbeiten und können sich trotzdem das Leben "
            "nicht mehr leisten\u201c, rief er unter Applaus.",
            "DAS SAGT DIE REGIERUNG",
            "Regierungssprecher Felix Haug reagierte kühl: „Wer Parolen plakatiert, muss noch "
            "keine Lösungen haben.\u201c Die Koalition habe die Netzentgelte gesenkt und das "
            "Wohngeld erhöht.",
            "In Umfragen liegt Brandts Partei in Sachsen-Anhalt derzeit bei 27 Prozent, knapp "
            "hinter der Regierungspartei des Ministerpräsidenten.",
            "Gewählt wird am 6. September. Bis dahin will Brandt nach eigenen Angaben jeden "
            "Landkreis besuchen.",
        ],
        3,
        True,
        [
            "Umfrage-Hammer: Koalition verliert weiter",
            "Wer ist eigentlich Torsten Brandt?",
        ],
    ),
    _bz_page(
        "bz_heizkosten",
        "Rentner-Schock",
        "09.03.2026 - 06:30 Uhr",
        "Von Sabine Lorenz",
        "Foto: picture alliance",
        "Kommentare (588)",
        "Nachzahlung! Jetzt flattern die Heizkosten-Briefe ins Haus",
        [
            "Für Millionen Mieter wird es im Frühjahr teuer: Die Nebenkostenabrechnungen für "
            "2025 sind unterwegs, und viele Haushalte müssen kräftig nachzahlen.",
            "Nach Berechnungen des Deutschen Mieterbundes steigen die Heizkosten im Schnitt um "
            "rund zwölf Prozent. Grund ist vor allem der höhere CO2-Preis auf Gas und Heizöl.",
            "BESONDERS HART TRIFFT ES RENTNER",
            "Wer eine kleine Rente hat, kann eine Nachzahlung von mehreren Hundert Euro kaum "
            "stemmen. Rentnerin Gisela W. (78) aus Duisburg soll 612 Euro nachzahlen. „Ich weiß "
            "nicht, wovon\u201c, sagt sie.",
            "DAS KÖNNEN SIE TUN",
            "Experten raten, die Abrechnung genau zu prüfen. Mieter haben das Recht, die Belege "
            "beim Vermieter einzusehen. Fehler sind häufig, etwa bei der Verteilung der Kosten "
            "im Haus.",
            "Wer die Nachzahlung nicht auf einmal zahlen kann, sollte mit dem Vermieter eine "
            "Ratenzahlung vereinbaren. Wer Wohngeld bezieht, kann unter Umständen einen "
            "Zuschuss beantragen.",
        ],
        2,
        True,
        [
            "Strom, Gas, Wasser: Das wird 2026 teurer",
            "So prüfen Sie Ihre Nebenkosten richtig",
        ],
    ),
    _bz_page(
        "bz_duell",
        "TV-Duell im Osten",
        "12.03.2026 - 22:47 Uhr",
        "Von Jens Kröger und Mia Albers",
        "Foto: Karl Weber/dpa",
        "Kommentare (1031)",
        "Schlagabtausch im TV: Brandt und Ministerpräsident schenken sich nichts",
        [
            "60 Minuten, zwei Kandidaten, null Harmonie: Beim ersten TV-Duell vor der "
            "Landtagswahl gingen Oppositionsführer Torsten Brandt und Ministerpräsident Rainer "
            "Köhler (61) hart miteinander ins Gericht.",
            "Köhler warf seinem Herausforderer vor, nur mit Angst Politik zu machen. Brandt "
            "konterte mit dem Satz, den er inzwischen bei jedem Auftritt wiederholt:",
            _BZ_SLOGAN,
            "„Das ist kein Programm, das ist ein Plakat\u201c, erwiderte Köhler. Im Studio gab es "
            "an dieser Stelle die meisten Lacher des Abends.",
            "WER HAT GEWONNEN?",
            "In einer Blitzumfrage unter 1100 Zuschauern sahen 44 Prozent Köhler vorn, 41 Prozent "
            "Brandt. Der Rest wollte sich nicht festlegen.",
            "Das zweite und letzte Duell ist für Ende August geplant.",
        ],
        3,
        False,
        [
            "Kanzler-Rivale Brandt heizt Halle ein",
            "Köhler: „Ich trete nur noch einmal an\u201c",
        ],
    ),
    _bz_page(
        "bz_plakate",
        "Ärger um Wahlplakate",
        "15.03.2026 - 14:05 Uhr",
        "Von Mia Albers",
        "Foto: privat",
        "Kommentare (97)",
        "Plakate zerstört! Polizei ermittelt in drei Städten",
        [
            "Kaum hängen sie, sind sie schon kaputt: In Halle, Dessau und Stendal haben "
            "Unbekannte in der Nacht zu Sonntag Dutzende Wahlplakate beschädigt.",
            "Betroffen sind vor allem Plakate von Brandts Partei. Auf vielen wurde der Slogan "
            "übermalt, der in großen Buchstaben über dem Porträt des Kandidaten steht:",
            _BZ_SLOGAN,
            "Aber auch Plakate von Grünen und SPD wurden heruntergerissen, bestätigte ein "
            "Polizeisprecher. Der Staatsschutz ermittelt.",
            "Der Schaden liegt nach Angaben der Parteien bei mehreren Tausend Euro. Alle "
            "Parteien verurteilten die Taten.",
        ],
        1,
        False,
        [
            "Wahlkampf-Auftakt: Brandt heizt Halle ein",
            "Polizei warnt vor Fake-Anrufen",
        ],
    ),
]


# ---------------------------------------------------------------------------
# 6. it_regional_paper: a regional daily with a poll widget and daily outage updates
# ---------------------------------------------------------------------------

_GV_COMUNI = ["Poggibonsi", "Colle di Val d'Elsa", "San Gimignano", "Barberino Tavarnelle"]
_GV_ACQUE = (
    "«Le squadre sono al lavoro giorno e notte. Chiediamo ai cittadini di limitare l'uso "
    "dell'acqua allo stretto necessario», si legge nella nota diffusa da Acque Valdelsa."
)


def _gv_page(name, meteo, section, date, byline, title, sommario, body, poll, leggi, letti):
    body = _with_more(name, body)
    blocks = [
        _n(
            "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione "
            "propri e di terze parti. Accetta | Rifiuta | Personalizza"
        ),
        _n("La Gazzetta di Valdelsa", meteo),
        _n("Cronaca | Politica | Economia | Sport | Cultura | Eventi | Necrologie"),
        _n(section),
        _k(title, sommario),
        _n(byline, date),
    ]
    for i, p in enumerate(body):
        if i == 3:
            blocks.append(_n("Leggi anche: " + leggi))
        if poll and i == len(body) - 1:
            blocks.append(
                _n(
                    "SONDAGGIO",
                    "Siete favorevoli all'estensione della ZTL nel centro storico?",
                    "Sì",
                    "No",
                    "Vota",
                )
            )
        blocks.append(p if isinstance(p, list) else _k(p))
    blocks.append(_n("I PIÙ LETTI", letti[0]))
    blocks.append(
        _n(
            "La Gazzetta di Valdelsa – Reg. Trib. di Siena n. 12/1998 – P.IVA 01234560523 – "
            "Tutti i diritti riservati",
        )
    )
    return page_from_blocks(name, blocks)


REGIONAL_PAPER = [
    _gv_page(
        "gv_acqua_1",
        "Poggibonsi 12° nuvoloso",
        "Cronaca",
        "04 marzo 2026",
        "di Marco Bellandi",
        "Rottura della condotta, quattro comuni senz'acqua",
        "Il guasto sulla dorsale principale nella notte. Autobotti in piazza, scuole aperte",
        [
            "Un guasto alla condotta principale che porta l'acqua dalla centrale di Fosci ha "
            "lasciato a secco da ieri sera migliaia di famiglie della Valdelsa.",
            "I comuni interessati sono",
            _k(*_GV_COMUNI),
            "La rottura si è verificata poco dopo le 22 lungo la strada provinciale, dove la "
            "tubazione, posata negli anni Settanta, attraversa un terreno franoso.",
            _GV_ACQUE,
            "Il gestore ha sistemato autobotti in sei punti di distribuzione, tra cui piazza "
            "Mazzini a Poggibonsi e il parcheggio di Bacchereto a Colle. Le scuole restano "
            "aperte grazie alle cisterne.",
            "Secondo una prima stima, la riparazione richiederà almeno quarantotto ore.",
        ],
        True,
        "Colle, il Consiglio approva il bilancio tra le proteste",
        [
            "Incidente sulla Firenze-Siena, due feriti",
            "Palio di Siena, le contrade già al lavoro",
            "Nuova rotatoria a Staggia, lavori fino a giugno",
        ],
    ),
    _gv_page(
        "gv_acqua_2",
        "Poggibonsi 10° pioggia",
        "Cronaca",
        "05 marzo 2026",
        "di Marco Bellandi",
        "Acqua, secondo giorno di disagi. Il sindaco: «Servono investimenti veri»",
        "Ancora a secco molte abitazioni. Oggi lo scavo per sostituire il tratto danneggiato",
        [
            "Secondo giorno senza acqua corrente per gran parte della Valdelsa. I tecnici hanno "
            "individuato il punto esatto della rottura e stanno sostituendo circa trenta metri di "
            "tubazione.",
            "Restano senza acqua o con forti cali di pressione i comuni di",
            _k(*_GV_COMUNI),
            _GV_ACQUE,
            "Il sindaco di Poggibonsi ha chiesto un incontro urgente con la Regione. «Non si "
            "può continuare a rattoppare una rete che perde il quaranta per cento dell'acqua "
            "che trasporta», ha detto.",
            "Disagi anche per le attività commerciali: diversi bar e ristoranti del centro hanno "
            "abbassato le saracinesche, mentre le attività che restano aperte usano acqua in "
            "bottiglia.",
            "La Protezione civile ha attivato un servizio di consegna a domicilio per anziani e "
            "persone fragili. Il numero da chiamare è quello del centralino comunale.",
        ],
        True,
        "Fosci, la centrale idrica compie cinquant'anni",
        [
            "Rottura della condotta, quattro comuni senz'acqua",
            "Incidente sulla Firenze-Siena, due feriti",
            "Basket, la Virtus vince il derby",
        ],
    ),
    _gv_page(
        "gv_bilancio",
        "Colle di Val d'Elsa 11° sereno",
        "Politica",
        "05 marzo 2026",
        "di Francesca Neri",
        "Colle, il Consiglio approva il bilancio tra le proteste",
        "Via libera con i voti della maggioranza. L'opposizione lascia l'aula sulle tariffe",
        [
            "Il Consiglio comunale di Colle di Val d'Elsa ha approvato il bilancio di "
            "previsione 2026 con undici voti favorevoli e cinque contrari.",
            "Il documento prevede investimenti per 6,2 milioni di euro, gran parte dei quali "
            "destinati alla manutenzione delle scuole e alla messa in sicurezza del ponte "
            "sull'Elsa.",
            "A far discutere è stato l'aumento della tariffa sui rifiuti, che crescerà in media "
            "del quattro per cento. L'opposizione ha abbandonato l'aula prima del voto finale.",
            "«Si chiede ai cittadini di pagare di più per un servizio che non è migliorato», ha "
            "dichiarato il capogruppo di minoranza.",
            "L'assessore al bilancio ha replicato che l'aumento è dovuto ai costi di "
            "smaltimento fissati a livello regionale e che il Comune ha assorbito la parte "
            "restante.",
        ],
        False,
        "Acqua, secondo giorno di disagi",
        [
            "Rottura della condotta, quattro comuni senz'acqua",
            "Palio di Siena, le contrade già al lavoro",
            "Basket, la Virtus vince il derby",
        ],
    ),
    _gv_page(
        "gv_acqua_3",
        "Poggibonsi 14° poco nuvoloso",
        "Cronaca",
        "06 marzo 2026",
        "di Marco Bellandi e Giulia Ricci",
        "Torna l'acqua nelle case, ma il gestore avverte: possibili torbidità",
        "Riparazione conclusa nella notte. Servizio normale entro stasera in tutta la zona",
        [
            "Dopo quasi sessanta ore l'acqua è tornata a scorrere nei rubinetti. La riparazione "
            "della condotta è stata completata poco dopo le tre di notte.",
            "Il servizio viene ripristinato in modo graduale, a partire dalle zone più basse, "
            "nei comuni di",
            _k(*_GV_COMUNI),
            "Nelle prime ore l'acqua potrebbe presentarsi torbida. Il gestore consiglia di "
            "lasciarla scorrere per qualche minuto prima di usarla.",
            _GV_ACQUE,
            "Resta aperta la questione degli investimenti. La Regione ha annunciato un tavolo "
            "con i sindaci per la prossima settimana.",
        ],
        True,
        "Acqua, secondo giorno di disagi",
        [
            "Acqua, secondo giorno di disagi",
            "Nuova rotatoria a Staggia, lavori fino a giugno",
            "Basket, la Virtus vince il derby",
        ],
    ),
]


# ---------------------------------------------------------------------------
# 7. pl_comment_portal: a comment-heavy news portal with an explainer series
# ---------------------------------------------------------------------------

_NW_SERIES = "CO TO OZNACZA DLA CIEBIE?"


def _nw_page(name, date, author, ncom, title, lead, body, app, czytaj, comments):
    body = _with_more(name, body, before=_NW_SERIES)
    blocks = [
        _n("naszeWieści.pl", "Wiadomości | Kraj | Świat | Biznes | Zdrowie | Sport | Forum"),
        _k(title),
        _n(author, date),
        _k(lead),
    ]
    for i, p in enumerate(body):
        if i == 2:
            blocks.append(_n("Reklama"))
        if i == 4:
            blocks.append(_n("Czytaj także: " + czytaj))
        blocks.append(p if isinstance(p, list) else _k(p))
    if app:
        blocks.append(_n("Pobierz aplikację naszeWieści.pl i bądź zawsze na bieżąco!"))
    blocks.append(
        _n(ncom, "Regulamin forum: komentarze obraźliwe i naruszające prawo będą usuwane.")
    )
    for user, when, text, votes in comments:
        blocks.append(_n(f"{user} · {when} · {votes}", text))
    blocks.append(
        _n(
            "© 2026 naszeWieści.pl Wszelkie prawa zastrzeżone | Polityka prywatności",
        )
    )
    return page_from_blocks(name, blocks)


COMMENT_PORTAL = [
    _nw_page(
        "nw_placa",
        "12.03.2026, 08:15",
        "Anna Wróbel",
        "Komentarze (412)",
        "Rząd proponuje płacę minimalną na 2027 rok. Jest konkretna kwota",
        "Rada Ministrów przedstawiła propozycję płacy minimalnej na przyszły rok. Związki "
        "zawodowe mówią, że to za mało, pracodawcy – że za dużo.",
        [
            "Według propozycji rządu minimalne wynagrodzenie od 1 stycznia 2027 roku wyniosłoby "
            "5 020 zł brutto, czyli o 214 zł więcej niż obecnie.",
            "Minimalna stawka godzinowa dla zleceniobiorców wzrosłaby do 32,80 zł brutto.",
            "Propozycja trafi teraz do Rady Dialogu Społecznego. Jeśli związkowcy i pracodawcy "
            "nie dojdą do porozumienia, rząd sam ustali ostateczną kwotę do 15 września.",
            _NW_SERIES,
            "Jeśli zarabiasz dziś płacę minimalną, na rękę dostaniesz po zmianie około 155 zł "
            "więcej miesięcznie. Wzrosną też świadczenia powiązane z płacą minimalną, m.in. "
            "dodatek za pracę w nocy i odprawy.",
            "Jeśli prowadzisz jednoosobową działalność, zmiana może podnieść twoje składki, "
            "bo część z nich liczona jest od minimalnego wynagrodzenia.",
        ],
        True,
        "Ceny prądu od lipca. Sprawdź, ile zapłacisz",
        [
            ("~Kowal_z_Radomia", "12.03.2026, 08:41", "214 zł? Śmiech na sali, czynsz poszedł w górę o 300.", "👍 88 👎 12"),
            ("~gość", "12.03.2026, 09:17", "Niech posłowie spróbują przeżyć za minimalną chociaż miesiąc.", "👍 140 👎 6"),
        ],
    ),
    _nw_page(
        "nw_asystencja",
        "14.03.2026, 11:30",
        "Piotr Zając",
        "Komentarze (96)",
        "Sejm przyjął ustawę o asystencji osobistej. Kto dostanie asystenta?",
        "Po latach zapowiedzi posłowie uchwalili ustawę, która ma dać osobom z "
        "niepełnosprawnościami prawo do asystenta. Teraz zajmie się nią Senat.",
        [
            "Za ustawą głosowało 431 posłów, nikt nie był przeciw, a pięciu wstrzymało się od "
            "głosu.",
            "Asystencja ma przysługiwać osobom w wieku od 18 do 65 lat, które uzyskają "
            "odpowiednią liczbę punktów w nowej ocenie potrzeb wsparcia.",
            "W zależności od wyniku oceny przysługiwać będzie od 20 do 240 godzin asystencji "
            "miesięcznie, finansowanej z budżetu państwa.",
            _NW_SERIES,
            "Jeśli opiekujesz się dorosłym członkiem rodziny z niepełnosprawnością, asystent "
            "może przejąć część codziennych obowiązków, np. pomoc przy dojazdach do pracy czy "
            "lekarza. Nie zastąpi jednak świadczenia pielęgnacyjnego.",
            "Wniosek o ocenę potrzeb będzie można złożyć w powiatowym zespole do spraw "
            "orzekania o niepełnosprawności. Przepisy mają wejść w życie w 2027 roku.",
        ],
        True,
        "Świadczenie wspierające. Co się zmieniło od stycznia?",
        [
            ("~Ewa_mama_Kuby", "14.03.2026, 12:05", "Czekaliśmy na to dziesięć lat. Oby Senat nie zepsuł.", "👍 203 👎 4"),
            ("~realista", "14.03.2026, 12:40", "Ciekawe skąd wezmą asystentów za te pieniądze.", "👍 77 👎 9"),
        ],
    ),
    _nw_page(
        "nw_granica",
        "15.03.2026, 19:48",
        "Redakcja",
        "Komentarze (1 287)",
        "Kolejna noc prób przekroczenia granicy. Straż Graniczna podaje dane",
        "Na granicy z Białorusią w ciągu ostatniej doby odnotowano ponad 90 prób nielegalnego "
        "przekroczenia. Żołnierze i funkcjonariusze zatrzymali kilkunastu kurierów.",
        [
            "Najwięcej prób odnotowano na odcinku placówek w Dubiczach Cerkiewnych i "
            "Białowieży, poinformowała rzeczniczka Podlaskiego Oddziału Straży Granicznej.",
            "Od początku roku takich prób było ponad 4 tysiące, mniej niż w analogicznym "
            "okresie ubiegłego roku.",
            "Funkcjonariusze podkreślają, że grupy są coraz lepiej zorganizowane. Migranci "
            "przychodzą z narzędziami do cięcia zapory i drabinami.",
            "Na części granicy nadal obowiązuje strefa buforowa, do której wstęp mają tylko "
            "mieszkańcy i osoby z zezwoleniem.",
            "MSWiA zapowiedziało przedłużenie zawieszenia prawa do składania wniosków o azyl na "
            "kolejne 60 dni.",
        ],
        False,
        "Zapora na granicy do rozbudowy. Rząd podał koszt",
        [
            ("~Podlasiak", "15.03.2026, 20:01", "U nas w nocy helikoptery latają co godzinę.", "👍 61 👎 3"),
            ("~Tomek87", "15.03.2026, 20:15", "Podziękowania dla chłopaków na granicy.", "👍 312 👎 18"),
            ("~Krystyna", "15.03.2026, 21:10", "Kiedy w końcu ktoś pomyśli o mieszkańcach strefy?", "👍 44 👎 2"),
        ],
    ),
    _nw_page(
        "nw_prad",
        "17.03.2026, 06:00",
        "Anna Wróbel",
        "Komentarze (655)",
        "Ceny prądu od lipca. Sprawdź, ile zapłacisz",
        "Prezes URE zatwierdził nowe taryfy dla gospodarstw domowych. Po zakończeniu "
        "mrożenia cen rachunki części odbiorców się zmienią.",
        [
            "Średnia cena energii w taryfach sprzedawców z urzędu wyniesie od lipca około "
            "495 zł netto za megawatogodzinę, wynika z decyzji Urzędu Regulacji Energetyki.",
            "To mniej niż obecny limit ceny, który wynosi 500 zł netto. Oznacza to, że dla "
            "większości gospodarstw rachunki nie powinny wzrosnąć.",
            "Wzrosną natomiast opłaty dystrybucyjne, średnio o kilka procent.",
            _NW_SERIES,
            "Jeśli zużywasz rocznie około 2 000 kWh, twój rachunek zmieni się o kilka złotych "
            "miesięcznie. Jeśli masz umowę z ceną stałą, zmiana taryfy cię nie dotyczy do końca "
            "umowy.",
            "Warto sprawdzić, czy sprzedawca nie oferuje korzystniejszej taryfy dynamicznej, "
            "zwłaszcza jeśli możesz przenieść część zużycia na godziny nocne.",
        ],
        True,
        "Rząd proponuje płacę minimalną na 2027 rok",
        [
            ("~Kowal_z_Radomia", "17.03.2026, 06:22", "Opłaty dystrybucyjne to nowy sposób na drenaż kieszeni.", "👍 97 👎 5"),
            ("~prosument", "17.03.2026, 07:10", "Kto ma fotowoltaikę, ten się śmieje.", "👍 33 👎 40"),
        ],
    ),
]


# ---------------------------------------------------------------------------
# 8. ru_telegram_mirror: a Telegram channel mirrored to the web (t.me/s/ preview)
# ---------------------------------------------------------------------------

_SV_INTRO = "Главное к утру — ежедневная сводка событий, которые вы могли пропустить."


def _sv_page(name, views, time, ad, body):
    blocks = [
        _n("Сводка дня", "48 214 подписчиков", "Открыть в Telegram"),
    ]
    if ad:
        blocks.append(_n(*ad))
    for p in body:
        blocks.append(p if isinstance(p, list) else _k(p))
    blocks.append(_n("Подписаться на «Сводку дня» | Прислать новость: @svodka_dnya_bot"))
    blocks.append(_n(views, time))
    blocks.append(_n("Download Telegram", "Telegram — a new era of messaging"))
    return page_from_blocks(name, blocks)


TELEGRAM_MIRROR = [
    _sv_page(
        "sv_utro_1",
        "👁 31.4K",
        "изменено 07:02",
        None,
        [
            "Главное к утру, 3 марта",
            _SV_INTRO,
            "ПОЛИТИКА",
            "Госдума приняла в первом чтении законопроект о повышении налога на игорный "
            "бизнес. Ставка для букмекеров вырастет в два раза с 2027 года.",
            "Центризбирком утвердил календарь единого дня голосования: выборы в Госдуму пройдут "
            "в сентябре, агитационный период начнётся в июле.",
            "ЭКОНОМИКА",
            "Курс доллара на Мосбирже опустился ниже 80 рублей впервые с начала года. Аналитики "
            "связывают укрепление рубля с высокой ключевой ставкой и продажей валюты "
            "экспортёрами.",
            "Росстат сообщил, что годовая инфляция в феврале замедлилась до 6,1%.",
            "МИР",
            "В Женеве завершился очередной раунд консультаций по обмену пленными. Стороны "
            "договорились продолжить переговоры через две недели.",
            "Парламент Сербии одобрил новый состав правительства после трёх месяцев "
            "политического кризиса.",
        ],
    ),
    _sv_page(
        "sv_utro_2",
        "👁 28.9K",
        "07:05",
        [
            "Реклама. ООО «Финтех Решения», ИНН 7704123456, erid: 2VtzqvBd4kL",
            "Откройте вклад под 17% годовых за 5 минут — прямо в приложении.",
        ],
        [
            "Главное к утру, 4 марта",
            _SV_INTRO,
            "ПОЛИТИКА",
            "Президент подписал указ о проведении в стране Года единства народов. Правительству "
            "поручено подготовить план мероприятий до 1 мая.",
            "Минюст внёс в реестр иностранных агентов ещё пятерых человек, в том числе двух "
            "журналистов и политолога.",
            "ЭКОНОМИКА",
            "Совет директоров Банка России на внеочередном заседании оставил ключевую ставку "
            "без изменений — 16,5%. Регулятор сослался на сохраняющиеся инфляционные риски.",
            "Цены на бензин АИ-95 на бирже обновили исторический максимум. Минэнерго обещает "
            "продлить запрет на экспорт топлива.",
            "МИР",
            "Власти Молдавии заявили о новой попытке вмешательства в выборы и выслали "
            "двух дипломатов.",
        ],
    ),
    _sv_page(
        "sv_longread",
        "👁 52.7K",
        "19:40",
        None,
        [
            "Почему дорожает гречка: объясняем в пяти пунктах",
            "За последний месяц цена гречки в магазинах выросла почти на 20%. Рассказываем, что "
            "происходит.",
            "1. Неурожай. Прошлым летом засуха ударила по Алтаю и Поволжью, где выращивают "
            "основную часть гречихи. Сбор оказался почти на треть ниже обычного.",
            "2. Экспорт. Китай резко нарастил закупки российской гречки, и производителям "
            "выгоднее продавать её за рубеж.",
            "3. Издержки. Подорожали топливо, удобрения и кредиты — всё это закладывается в цену.",
            "4. Запасы. Крупные переработчики придерживают зерно, ожидая дальнейшего роста цен.",
            "5. Ажиотаж. Новости о подорожании заставляют людей покупать крупу впрок, что ещё "
            "сильнее разгоняет цены.",
            "Минсельхоз обсуждает временный запрет на экспорт гречки. В прошлый раз такая мера "
            "вводилась в 2021 году.",
        ],
    ),
    _sv_page(
        "sv_utro_3",
        "👁 30.1K",
        "06:58",
        [
            "Реклама. ИП Смирнов А. В., ИНН 772512345678, erid: 2VtzqwKp9mN",
            "Курсы английского онлайн: первое занятие бесплатно.",
        ],
        [
            "Главное к утру, 5 марта",
            _SV_INTRO,
            "ПОЛИТИКА",
            "Совет Федерации одобрил закон о штрафах за поиск экстремистских материалов в "
            "интернете. Закон вступит в силу 1 сентября.",
            "ЭКОНОМИКА",
            "Минфин разместил облигации федерального займа на 120 миллиардов рублей — это "
            "рекорд с начала года.",
            "Курс доллара на Мосбирже вновь поднялся выше 80 рублей.",
            "МИР",
            "В Женеве состоялся обмен пленными: каждая из сторон передала по 84 человека.",
            "Власти Японии объявили о выделении дополнительных средств на восстановление "
            "районов, пострадавших от землетрясения.",
        ],
    ),
]


# ---------------------------------------------------------------------------
# T1. trap_en_column: a weekly column; fixed subheadings and a signature closing paragraph
# ---------------------------------------------------------------------------

_ML_SIGNATURE = (
    "As I write every week, and will keep writing until it stops being true: a government that "
    "cannot get homes built will not be forgiven for anything else it gets right. Build the homes."
)


def _ml_page(name, posted, tags, title, intro, winner, loser, number, extra, related):
    blocks = [
        _n("Maya's Ledger", "Home About Archive Contact"),
        _k(title),
        _n(posted),
        _paras(intro)[0],
    ]
    blocks.extend(_paras(intro[1:]))
    blocks.append(_k("WINNER OF THE WEEK"))
    blocks.extend(_paras(winner))
    blocks.append(_k("LOSER OF THE WEEK"))
    blocks.extend(_paras(loser))
    blocks.append(_k("NUMBER OF THE WEEK"))
    blocks.extend(_paras(number))
    blocks.extend(_paras(extra))
    blocks.append(_k(_ML_SIGNATURE))
    blocks.append(_n("Share this:"))
    blocks.append(_n(tags))
    blocks.append(_n("Related", *related))
    blocks.append(_n("Leave a Reply Cancel reply", "Powered by WordPress | Theme: Astra"))
    return page_from_blocks(name, blocks)


TRAP_COLUMN = [
    _ml_page(
        "ml_week_09",
        "Posted on March 1, 2026 by Maya Okafor",
        "Tags: housing, interest rates, planning",
        "The Ledger, week 9: The Bank blinks, the builders don't",
        [
            "Another week, another set of numbers that tell the same story from different "
            "angles. Here is what mattered.",
        ],
        [
            "First-time buyers. The Bank of England's quarter-point cut will knock about £30 a "
            "month off a typical new two-year fixed mortgage. Not a lot, but the first good news "
            "in a while.",
        ],
        [
            "The planning inspectorate. Its backlog of appeals rose again, to more than 9,000 "
            "cases. Every one of those is a project that somebody wanted to build.",
        ],
        [
            "31 per cent. The fall in housing starts in London last year compared with the year "
            "before, according to the latest official figures.",
        ],
        [
            "Meanwhile the new towns programme has a shortlist of twelve sites, none of which "
            "will see a spade in the ground before 2029.",
            "The government says its target of 1.5 million homes in this parliament is still "
            "within reach. On current numbers it would need to double the pace of building "
            "from next year.",
        ],
        ["The Ledger, week 8: Rents, rates and a rogue forecast", "Why councils stopped building"],
    ),
    _ml_page(
        "ml_week_10",
        "Posted on March 8, 2026 by Maya Okafor",
        "Tags: energy, bills, inflation",
        "The Ledger, week 10: Energy bills fall, but not for everyone",
        [
            "The energy price cap comes down in April. Before anyone celebrates, look at the "
            "standing charges.",
            "The cap is falling by around 5 per cent for a typical household. But the fixed "
            "daily charge rises again, which hits low users hardest.",
        ],
        [
            "Households on heat pumps. A new tariff structure rewards using electricity at "
            "night, and early adopters are saving real money.",
        ],
        [
            "Pensioners in small flats. They use little energy, so the rising standing charge "
            "makes up a bigger share of their bill.",
        ],
        [
            "£334. The average annual standing charge for gas and electricity combined from "
            "April, up from £320.",
        ],
        [
            "Ofgem says it is reviewing how standing charges are set, with proposals due in the "
            "summer. I will believe in a lower standing charge when I see one on my bill.",
        ],
        ["The Ledger, week 9: The Bank blinks, the builders don't", "Standing charges, explained"],
    ),
    _ml_page(
        "ml_week_11",
        "Posted on March 15, 2026 by Maya Okafor",
        "Tags: housing, budget, councils",
        "The Ledger, week 11: A budget with nothing to build",
        [
            "The spring statement was short, and so was the list of things it will pay for.",
            "The Chancellor repeated the fiscal rules, trimmed a few departmental budgets and "
            "announced a review of stamp duty. There was no new money for social housing.",
        ],
        [
            "Bond markets. Gilt yields fell after the statement, a sign that investors liked "
            "the absence of surprises.",
        ],
        [
            "Councils with waiting lists. Thirty per cent of English councils say they could "
            "issue a section 114 notice within two years without extra funding.",
        ],
        [
            "1.3 million. The number of households on social housing waiting lists in England, "
            "the highest in more than a decade.",
        ],
        [
            "The review of stamp duty is welcome in principle. But a tax that slows down "
            "moving is the second problem, not the first. The first is that not enough homes "
            "exist to move into.",
        ],
        ["The Ledger, week 10: Energy bills fall, but not for everyone", "Why councils stopped building"],
    ),
    _ml_page(
        "ml_week_12",
        "Posted on March 22, 2026 by Maya Okafor",
        "Tags: labour market, wages",
        "The Ledger, week 12: Wages catch up, productivity doesn't",
        [
            "Real wages have now been growing for two full years. That is good news with a "
            "catch.",
        ],
        [
            "Care workers. The new minimum wage lifts pay for hundreds of thousands of care "
            "staff by more than 4 per cent from April.",
        ],
        [
            "Productivity. Output per hour fell in the last quarter, for the third time in "
            "two years.",
        ],
        [
            "4.1 per cent. Annual growth in regular pay, against inflation of 3.2 per cent.",
        ],
        [
            "Higher wages without higher productivity mean one of two things in the end: higher "
            "prices or fewer jobs. Part of the answer is, once again, where people can afford "
            "to live and work.",
        ],
        ["The Ledger, week 11: A budget with nothing to build", "What productivity actually measures"],
    ),
]


# ---------------------------------------------------------------------------
# T2. trap_fr_wire_copies: one wire story republished with small edits, plus other articles
# ---------------------------------------------------------------------------

_RA_CONTEXTE = (
    "Le projet de liaison ferroviaire Lyon-Turin, lancé il y a plus de trente ans, doit "
    "permettre de transférer une partie du fret de la route vers le rail. Son coût total est "
    "estimé à plus de 26 milliards d'euros, financés par la France, l'Italie et l'Union "
    "européenne."
)
_RA_QUOTE = (
    "« Le tunnel sera percé, mais sans les voies d'accès côté français, il restera une "
    "cathédrale vide », a déclaré le président de la commission."
)


def _ra_page(name, section, stamp, credit, paras, lire):
    blocks = [
        _n("Le Réveil de l'Ain", "S'abonner", "Actualité | Bourg-en-Bresse | Bugey | Pays de Gex | Sports"),
        _n(section),
        _k(paras[0]),
        _n(credit, stamp),
    ]
    blocks.extend(_paras(paras[1:3]))
    if lire:
        blocks.append(_n("Lire aussi", lire))
    blocks.extend(_paras(paras[3:]))
    blocks.append(_n("Le Réveil de l'Ain - Tous droits réservés - Paramétrer les cookies"))
    return page_from_blocks(name, blocks)


_RA_V1 = [
    "Lyon-Turin : une commission d'enquête pointe le retard des accès français",
    "Le tunnel transfrontalier pourrait être achevé en 2033, mais les lignes d'accès côté "
    "français ne seraient pas prêtes avant 2045, selon un rapport parlementaire publié mardi.",
    "Les députés estiment que l'État n'a toujours pas arrêté le tracé définitif des voies "
    "nouvelles entre l'agglomération lyonnaise et Saint-Jean-de-Maurienne.",
    _RA_QUOTE,
    "Le rapport recommande d'inscrire le financement des accès dans une loi de programmation "
    "et de confier le pilotage du projet à une structure unique.",
    _RA_CONTEXTE,
    "Le ministère des Transports a indiqué qu'il « prendrait connaissance avec attention » des "
    "recommandations et qu'une décision sur le phasage serait prise d'ici l'été.",
    "Côté italien, les travaux d'accès au tunnel sont plus avancés, et Rome a déjà inscrit "
    "leur financement dans son budget pluriannuel.",
    "Les opposants au projet, réunis notamment dans le collectif No TAV, contestent son "
    "utilité et son impact sur les vallées alpines.",
]

TRAP_WIRE_COPIES = [
    _ra_page(
        "ra_lyonturin_depeche",
        "Transports",
        "Publié le 17/03/2026 à 11h32",
        "Par Le Réveil de l'Ain avec AFP",
        _RA_V1,
        "Pays de Gex : le Léman Express toujours saturé aux heures de pointe",
    ),
    _ra_page(
        "ra_lyonturin_maj",
        "Transports",
        "Mis à jour le 17/03/2026 à 16h05",
        "Par Le Réveil de l'Ain avec AFP",
        [
            "Lyon-Turin : les accès français n'arriveraient pas avant 2045, alerte une "
            "commission d'enquête",
            _RA_V1[1],
            _RA_V1[2],
            _RA_QUOTE,
            "Les élus de la région Auvergne-Rhône-Alpes ont aussitôt réclamé « un calendrier "
            "clair et financé » pour les travaux côté français.",
            _RA_V1[4],
            _RA_CONTEXTE,
            _RA_V1[6],
            _RA_V1[7],
            _RA_V1[8],
        ],
        None,
    ),
    _ra_page(
        "ra_bugey_neige",
        "Bugey",
        "Publié le 18/03/2026 à 07h10",
        "Par Nathalie Perrin",
        [
            "Retour de la neige sur le Bugey : routes glissantes et cars scolaires suspendus",
            "Jusqu'à quinze centimètres de neige sont tombés dans la nuit sur les hauteurs du "
            "Bugey, perturbant la circulation mercredi matin.",
            "Le département a suspendu les transports scolaires sur une vingtaine de lignes, "
            "notamment autour d'Hauteville-Lompnes et du plateau de Retord.",
            "Les services des routes ont engagé quarante engins de déneigement depuis 4 heures. "
            "Les automobilistes sont invités à reporter leurs déplacements non indispensables.",
            "Plusieurs accidents matériels ont été signalés sur la D1084 entre Bellegarde et "
            "Nantua, sans faire de blessés graves.",
            "Les lignes TER entre Ambérieu et Culoz ont circulé avec des retards d'une "
            "vingtaine de minutes en raison de problèmes d'aiguillage.",
            "Météo-France a placé l'Ain en vigilance jaune neige-verglas jusqu'à jeudi midi.",
        ],
        "Col de la Faucille : la station rouvre ses pistes",
    ),
    _ra_page(
        "ra_lyonturin_savoie",
        "Région",
        "Publié le 18/03/2026 à 09h45",
        "Par la rédaction avec AFP",
        [
            "Lyon-Turin : le rapport qui inquiète les élus savoyards",
            "Le tunnel transfrontalier pourrait être achevé en 2033, mais les lignes d'accès côté "
            "français ne seraient pas prêtes avant 2045, selon un rapport parlementaire publié "
            "mardi 17 mars.",
            _RA_V1[2],
            _RA_QUOTE,
            _RA_V1[4],
            _RA_CONTEXTE,
            "En Maurienne, où les camions empruntent chaque jour la vallée pour rejoindre le "
            "tunnel du Fréjus, plusieurs maires ont dénoncé « un nouveau report de trop ».",
            _RA_V1[7],
        ],
        "Lyon-Turin : une commission d'enquête pointe le retard des accès français",
    ),
    _ra_page(
        "ra_bourg_marche",
        "Bourg-en-Bresse",
        "Publié le 19/03/2026 à 18h20",
        "Par Julien Morel",
        [
            "Bourg-en-Bresse : le marché couvert fermera six mois pour travaux",
            "Le marché couvert de Bourg-en-Bresse fermera ses portes le 1er juin pour une "
            "rénovation complète de sa toiture et de son système de ventilation.",
            "Pendant les travaux, les commerçants seront installés sous des barnums sur le "
            "parking voisin, a précisé la municipalité lors du conseil municipal de lundi.",
            "Le chantier est estimé à 3,4 millions d'euros, dont un tiers financé par la région.",
            "Construit en 1932, le bâtiment accueille une quarantaine d'étals, dont plusieurs "
            "producteurs de volailles de Bresse.",
            "L'opposition municipale regrette que les travaux n'aient pas été programmés en "
            "hiver, période de moindre affluence.",
            "Plusieurs commerçants s'inquiètent d'une baisse de fréquentation pendant l'été. La "
            "mairie promet une signalétique renforcée et des navettes le samedi.",
        ],
        None,
    ),
]


# ---------------------------------------------------------------------------
# T3. trap_it_coincidences: different articles sharing short lines by coincidence
# ---------------------------------------------------------------------------

_PP_FARNESINA = (
    "«La Farnesina e l'Unità di crisi sono in costante contatto con le autorità locali e "
    "seguono con la massima attenzione la situazione dei connazionali», si legge in una nota "
    "del ministero degli Esteri."
)


def _pp_page(name, section, byline, paras, newsletter):
    blocks = [
        _n("Il Punto Politico", "Politica | Palazzo | Esteri | Economia | Sondaggi | Opinioni"),
        _n(section),
        _k(paras[0]),
        _n(byline),
    ]
    for p in paras[1:]:
        blocks.append(p if isinstance(p, list) else _k(p))
    if newsletter:
        blocks.append(
            _n(
                "Ogni mattina alle 7 il meglio della politica nella tua casella di posta. "
                "Iscriviti alla newsletter del Punto",
            )
        )
    blocks.append(_n("Segui Il Punto Politico su Google News", "© Riproduzione riservata"))
    return page_from_blocks(name, blocks)


TRAP_COINCIDENCES = [
    _pp_page(
        "pp_voto_camera",
        "Palazzo",
        "di Luca Ferrante | 10 marzo 2026, 19:22",
        [
            "Separazione delle carriere, la Camera approva in seconda lettura",
            "Con 243 voti favorevoli e 109 contrari la Camera ha approvato in seconda "
            "deliberazione la riforma costituzionale sulla separazione delle carriere dei "
            "magistrati.",
            "Hanno votato a favore i gruppi della maggioranza",
            _k("Fratelli d'Italia", "Lega", "Forza Italia", "Noi Moderati"),
            "Contrari i gruppi di opposizione",
            _k("Partito democratico", "Movimento 5 stelle", "Alleanza Verdi e Sinistra"),
            "Azione e Italia Viva hanno votato in ordine sparso, con alcuni deputati a favore "
            "e altri astenuti.",
            "Poiché la riforma non ha raggiunto la maggioranza dei due terzi, potrà essere "
            "sottoposta a referendum confermativo, che le opposizioni hanno già annunciato di "
            "voler chiedere.",
        ],
        True,
    ),
    _pp_page(
        "pp_sondaggio",
        "Sondaggi",
        "di Redazione | 12 marzo 2026, 08:00",
        [
            "Sondaggio, Fratelli d'Italia stabile. Il Pd recupera mezzo punto",
            "Poche variazioni nelle intenzioni di voto questa settimana. Il primo partito resta "
            "Fratelli d'Italia, mentre il Partito democratico guadagna mezzo punto.",
            "Intenzioni di voto, valori percentuali",
            _k(
                "Partito",
                "Oggi",
                "Settimana scorsa",
                "Fratelli d'Italia",
                "30,2",
                "30,4",
                "Partito democratico",
                "22,5",
                "22,0",
                "Movimento 5 stelle",
                "12,1",
                "12,3",
                "Forza Italia",
                "8,9",
                "8,8",
                "Lega",
                "8,4",
                "8,6",
                "Alleanza Verdi e Sinistra",
                "6,5",
                "6,4",
            ),
            "Sondaggio realizzato con metodo misto Cati-Cawi su un campione di 1.000 "
            "maggiorenni. Margine di errore più o meno 3,1 punti.",
            "Quasi un elettore su tre si dichiara indeciso o intenzionato ad astenersi, una "
            "quota in crescita rispetto all'autunno.",
        ],
        False,
    ),
    _pp_page(
        "pp_campania",
        "Politica",
        "di Chiara Esposito | 13 marzo 2026, 14:47",
        [
            "Comunali di Napoli, il centrodestra trova l'accordo sul candidato",
            "Dopo settimane di trattative il centrodestra ha trovato l'intesa sul candidato "
            "sindaco di Napoli, un imprenditore vicino al mondo delle professioni.",
            "A sostenerlo saranno i partiti della coalizione nazionale",
            _k("Fratelli d'Italia", "Forza Italia", "Lega", "Noi Moderati"),
            "Accanto ai simboli di partito correranno almeno due liste civiche, una delle "
            "quali guidata da ex consiglieri comunali di centro.",
            "Il centrosinistra ha già indicato il proprio candidato, sostenuto anche dal "
            "Movimento 5 stelle, che a Napoli governa insieme al Pd dal 2021.",
        ],
        True,
    ),
    _pp_page(
        "pp_terremoto_grecia",
        "Esteri",
        "di Redazione Esteri | 14 marzo 2026, 11:05",
        [
            "Terremoto di magnitudo 6.1 al largo di Creta, nessun italiano coinvolto",
            "Una forte scossa di terremoto di magnitudo 6.1 è stata registrata all'alba al "
            "largo della costa meridionale di Creta. Non si segnalano vittime.",
            "Il sisma è stato avvertito distintamente a Heraklion e a Chania, dove molti "
            "abitanti e turisti sono scesi in strada.",
            _PP_FARNESINA,
            "Le autorità greche hanno chiuso in via precauzionale alcune scuole e due siti "
            "archeologici per le verifiche sulle strutture.",
        ],
        False,
    ),
    _pp_page(
        "pp_georgia",
        "Esteri",
        "di Redazione Esteri | 15 marzo 2026, 22:30",
        [
            "Georgia, nuove proteste a Tbilisi. Scontri davanti al Parlamento",
            "Decine di migliaia di persone sono tornate in piazza a Tbilisi contro il governo, "
            "nella più grande manifestazione da mesi.",
            "La polizia ha usato idranti e gas lacrimogeni per disperdere i manifestanti che "
            "cercavano di raggiungere l'ingresso del Parlamento. Decine gli arresti.",
            _PP_FARNESINA,
            "L'ambasciata d'Italia a Tbilisi ha invitato i connazionali presenti in città a "
            "evitare le zone delle manifestazioni e a seguire le indicazioni delle autorità.",
            "L'Unione europea ha chiesto alle autorità georgiane di rispettare il diritto di "
            "manifestare pacificamente.",
        ],
        True,
    ),
    ]


SITE_BATCHES: dict[str, tuple[str, list[NoisyCase]]] = {
    "en_wire_aggregator": ("en", WIRE_AGGREGATOR),
    "en_thinktank_blog": ("en", THINKTANK_BLOG),
    "en_longform_platform": ("en", LONGFORM_PLATFORM),
    "fr_public_broadcaster": ("fr", PUBLIC_BROADCASTER),
    "de_tabloid": ("de", TABLOID),
    "it_regional_paper": ("it", REGIONAL_PAPER),
    "pl_comment_portal": ("pl", COMMENT_PORTAL),
    "ru_telegram_mirror": ("ru", TELEGRAM_MIRROR),
    "trap_en_weekly_column": ("en", TRAP_COLUMN),
    "trap_fr_wire_copies": ("fr", TRAP_WIRE_COPIES),
    "trap_it_coincidences": ("it", TRAP_COINCIDENCES),
}
