"""Site batches, set 2 (development data since session 9).

Status: held out (file ``site_batches_held_out_2.py``, commit 09bc82d) and measured once, with
``python scripts/site_template_report.py --batches`` at f87c742, before anyone read it:

- each page cleaned on its own: 142 of 577 noise lines left, 5 article lines lost (a seat table
  at the end of an article, "CDU: 42 Sitze", taken for the page's tail);
- with the site template: 78 of 577 left, 27 article lines lost: a weekly column's recurring
  standfirst ("Every Friday I take one number ...") and its subheading "The number", grown into
  from the share row above them, and a result list under "Das Ergebnis im Überblick:".

Its errors were then read and fixed (session 9): the body takes a list the article introduces
right under it, list items may look like count rows, the site template keeps the items of any
list under a line ending in a colon, a line over a paragraph of the article (unless it names a
widget: "About the author"), and never grows into a sentence in the author's "I"; it takes the
notices the rules know at an article's edge anywhere once they recur; two articles are copies at
60% of shared long lines (50% let a three-article window's template make them copies). After
that: 143 of 577 left alone, 76 with the site template, no article line lost either way.

Round 19 (session 11, developed on held-out set 19): en_trap_weekly_column's strict xfail
(test_template_lines_are_removed: "the newsletter's name is each page's first line, over the
title") started passing and was removed, measured with ``python -m pytest
tests/test_site_batches.py``: a byline's block the rules took half of (the author's name over the
date) between the title and the body now counts as the page's head, so the newsletter's name and
"Sign in" above the title go with it; no article line lost.

Written by the helper as follows.

Held-out site batches, second set: whole-batch evidence for the cleaner, written blind.

Protocol. Written on 2026-12-02 (01:20-02:00 UTC) by a helper session that had NOT read
``src/spinscope/`` (any of it), ``scripts/``, the first held-out set (``site_batches_held_out.py``),
``site_batch_check.py``, ``test_site_lines.py``, ``site_template_reviewed.py`` or any other test
file except the ``NoisyCase`` / ``page_from_blocks`` definitions (lines 1-41 of ``noisy_corpus.py``),
and that never ran the cleaner or spinscope on this data. Every site, template and article is
invented from memory of how such sites print as scraped plain text; names of outlets, most people
and all figures are fictional (real public figures appear only in invented news copy).

Format. ``SITE_BATCHES`` maps a batch name to (ISO 639-1 language, pages); every page is built with
``page_from_blocks``: a '+' line is the article's own text (title, paragraph, subheading, the
article's own list item or table row, quote) and must come out as one paragraph of the analysed
text; a '-' line is noise (menus, widgets, bylines and dates, counters, related headlines, comments,
legal lines) and must be removed. A batch is meant to be analysed as one run. Menus, bylines, boxes
and the trap batches' lists and tables are printed one line per item inside one block (single
newlines); paragraphs are separate blocks.

Counts below: "keep" = '+' lines; "template" = occurrences of '-' lines whose text is a '-' line on
>= 3 pages of the batch (this includes a byline or a "most read" headline that happens to recur);
"page-specific" = the other '-' occurrences. Line counts are near parity, but by characters the
article text is about 77% of the whole set.

Site batches (eight; each site has its own template at the head, the tail and inside the article):

- en_regional_courier (en, 5 pages): a US regional daily. Short menu, weather strip, staff byline and
  timestamp, ADVERTISEMENT slots, newsletter plug between paragraphs, metered-paywall counter
  ("You have N free articles remaining"), "Most Read" box, copyright/legal line. Keep 59; noise 57 =
  34 template + 23 page-specific. Four "Most Read" headlines are another page's title ('+' there).
- en_wire_aggregator (en, 4 pages): a content farm re-posting wire copy. Cookie sentence, site name,
  "World | N min read | date" line, "Sponsored Content" box with clickbait links, "Originally published
  by ... Republished with permission.", "Trending Now" box, aggregator disclaimer, one tag line. Keep
  48; noise 49 = 31 template + 18 page-specific. One trending headline is another page's title.
- en_thinktank_blog (en, 4 pages): a think-tank policy blog. Org name and Donate link, author/date/
  topics byline, in-article podcast box, views-are-the-author's disclaimer, "About the author" box,
  501(c)(3) donation appeal, digest sign-up. Keep 52; noise 48 = 31 template + 17 page-specific.
- fr_radio_publique (fr, 5 pages): a French public broadcaster's news site. "Écouter le direct",
  "Publié le ... / Lecture : N min", share buttons (missing on one page), "À lire aussi : ..." inside
  the article, "Écouter plus tard", app prompt, public-service and legal/accessibility lines. Keep
  56; noise 54 = 38 template + 16 page-specific.
- de_boulevard (de, 5 pages): a German tabloid. Logo and "Blitz+", LIVE-TICKER strip (missing on one
  page), byline and timestamp, "Anzeige", "Mehr zum Thema" box, comment counter, app prompt, a
  paywall teaser on one page ("Lesen Sie jetzt weiter mit Blitz+" + price line), legal footer.
  Keep 58; noise 56 = 32 template + 24 page-specific.
- it_quotidiano_locale (it, 4 pages): an Italian regional daily. Cookie-consent sentence, masthead and
  "Abbonati", byline/date, "Segui ... su Google News", "Leggi anche: ...", WhatsApp-channel prompt,
  "© RIPRODUZIONE RISERVATA", "I più letti" box, company/registration line. Keep 49; noise 50 = 31
  template + 19 page-specific.
- pl_portal_komentarze (pl, 4 pages): a Polish news portal with a busy comment section. Menu,
  "Oprac." byline and date, "Posłuchaj artykułu", "REKLAMA", "Czytaj także: ...", Facebook prompt,
  "Komentarze (N)", "Dodaj komentarz", reader comments (nick, time, text) each with "Zgłoś
  naruszenie". Keep 52; noise 58 = 31 template + 27 page-specific.
- ru_telegram_zerkalo (ru, 5 pages): a Russian Telegram channel mirrored to the web (t.me preview).
  Channel name and handle, subscriber count, "Подписаться", ad-marking lines (Реклама. ООО ..., ИНН,
  erid) with an ad text on two pages, "Переслано из" on one, view counter and time, reactions line,
  donation appeal (on three pages), "Открыть в Telegram", web-preview note. Posts have no byline.
  Keep 50; noise 55 = 28 template + 27 page-specific.

Trap batches (three; recurring text here is the article's own and must be kept):

- en_trap_weekly_column (en, 4 pages): a columnist's weekly newsletter column. Every post opens with
  the same standfirst the author writes ("Every Friday I take one number ..."), has the same four
  section subheadings ("The number", "Why it matters", "Who wins, who loses", "What to watch next
  week") and closes with the same signature paragraph, a stock argument ("As always: a budget is not
  a spreadsheet ..."). All six recur on all 4 pages as '+'. The platform adds share/subscribe
  widgets and a legal footer. Keep 46; noise 38 = 32 template + 6 page-specific.
- fr_trap_depeche_reprise (fr, 5 pages): a French regional site that republishes one wire story on
  three pages (first version; updated version with a changed air-quality paragraph and two added
  paragraphs; a trimmed version under another title and section with one extra sentence), plus two
  other articles. The wire's "background" paragraph (Lubrizol 2019) is on 4 pages, including the
  court story; a copy's title also appears as a '-' related headline on other pages. Keep 41;
  noise 51 = 32 template + 19 page-specific.
- de_trap_wahl_tabellen (de, 5 pages): a German regional site's week of coverage of one state
  election. The articles share, as their own text, a result list ("CDU: 31,2 Prozent" ...), a seat
  table ("CDU: 42 Sitze" ...), colon-ended list intros ("Das Ergebnis im Überblick:"), coalition
  arithmetic lines and the same quoted statement of the returning officer, each on 3-4 pages, plus
  a similar but different list (youth vote). Keep 98; noise 61 = 42 template + 19 page-specific.
"""

from __future__ import annotations

from noisy_corpus import NoisyCase, page_from_blocks


def _page(name: str, *items) -> NoisyCase:
    """A page from items: a str is a one-line block, a list is a block of several lines."""
    blocks = [[item] if isinstance(item, str) else list(item) for item in items]
    return page_from_blocks(name, blocks)


# ---------------------------------------------------------------------------------------------
# 1. en_regional_courier: a US regional daily (metered paywall, weather strip, most-read box)
# ---------------------------------------------------------------------------------------------
_HVC_NAV = [
    "-Subscribe",
    "-News",
]
_HVC_AD = "-ADVERTISEMENT"
_HVC_NEWSLETTER = "-Get the Morning Briefing: the day's top local stories, delivered to your inbox by 6 a.m. Sign up"
_HVC_MOSTREAD = "-Most Read"
_HVC_FOOT = [
    "-© 2026 The Harlan Valley Courier. All rights reserved. Terms of Service | Privacy Policy | Do Not Sell or Share My Personal Information",
]

_HVC = [
    _page(
        "en_regional_courier_1",
        _HVC_NAV,
        "-Harlan Valley, 38°F, cloudy",
        "+County commissioners approve $48 million bond for jail expansion",
        ["-By Dana Whitcomb | Staff Writer", "-Published 6:12 a.m. ET March 3, 2026"],
        "+The Harlan County Board of Commissioners voted 3-2 on Monday night to issue $48 million in bonds to add 220 beds to the county jail, ending a debate that has divided the board for more than a year.",
        "+Sheriff Mark Ellery told commissioners that the jail, built in 1987 for 310 inmates, housed an average of 402 people last year, with some sleeping on floor mattresses in the gymnasium.",
        "+\"We are out of room, and we are out of time,\" Ellery said. \"The state inspector has told us that in writing.\"",
        _HVC_AD,
        "+Commissioners Ruth Ambler and Leon Pryce voted against the plan, arguing the county should first expand its pretrial release program, which they said could reduce the jail population by a third.",
        "+The bonds will be repaid over 25 years. County finance director Sheila Tran estimated the cost to the owner of a $200,000 home at about $41 a year.",
        _HVC_NEWSLETTER,
        "+Several residents spoke during a public comment period that lasted nearly two hours. Most opposed the expansion.",
        "+Construction could begin as early as next spring, Ellery said.",
        "+The plan also includes a 40-bed medical and mental health unit. Ellery said about a quarter of inmates are on medication for a mental illness.",
        "+The vote followed a report by the state Commission of Correction last fall that cited the jail for overcrowding, broken cell doors and a lack of outdoor recreation space.",
        '+Pryce said the county was "building its way out of a problem it could manage its way out of." He noted that more than half of the jail\'s inmates have not been convicted and are awaiting trial.',
        "+Ambler said she would ask the board to revisit the project if the state approves a bail reform bill now pending in the legislature.",
        "-You have 3 free articles remaining this month. Subscribe for $1 for 3 months.",
        _HVC_MOSTREAD,
        ["-Police identify man killed in Route 9 crash", "-Harlan High wins first regional title since 1994"],
        _HVC_FOOT,
    ),
    _page(
        "en_regional_courier_2",
        _HVC_NAV,
        "-Harlan Valley, 44°F, light rain",
        "+St. Agnes hospital to close maternity ward, citing staff shortages",
        ["-By Marcus Oyelaran | Health Reporter", "-Published 4:30 p.m. ET March 5, 2026 | Updated 7:02 p.m. ET March 5, 2026"],
        "+St. Agnes Regional Medical Center will stop delivering babies on May 1, the hospital announced Thursday, leaving expectant mothers in the eastern half of the county with a drive of more than 45 minutes to the nearest labor and delivery unit.",
        "+Hospital president Carol Nguyen said the unit had been unable to recruit obstetricians and nurses for two years and had relied on costly travelling staff to stay open.",
        "+The unit delivered 312 babies last year, down from 540 a decade ago.",
        _HVC_AD,
        "+State Rep. Ellen Forsythe, whose district includes the hospital, called the decision \"devastating\" and said she would ask the state health department to review it.",
        "+\"Rural women are going to be giving birth on the side of the highway,\" Forsythe said. \"That is not a figure of speech. It has already happened in other counties.\"",
        "+Nguyen said the hospital would keep its emergency department staffed to handle unexpected births and would offer free transport to Mercy General in Dunmore for women in labor.",
        "+The hospital's prenatal clinic will remain open.",
        "+St. Agnes is the third rural hospital in the region to close its maternity unit since 2022, according to the state hospital association.",
        "+Nurses at the unit learned of the closure at a staff meeting Thursday morning, hours before the public announcement, according to two nurses who asked not to be named because they were not authorized to speak to reporters.",
        "+The hospital said all 23 employees of the unit would be offered positions elsewhere in the hospital.",
        "+Expectant mothers with questions about where to deliver can call the hospital's patient line, Nguyen said.",
        "-You have 2 free articles remaining this month. Subscribe for $1 for 3 months.",
        _HVC_MOSTREAD,
        ["-County commissioners approve $48 million bond for jail expansion", "-Police identify man killed in Route 9 crash"],
        _HVC_FOOT,
    ),
    _page(
        "en_regional_courier_3",
        _HVC_NAV,
        "-Harlan Valley, 51°F, partly sunny",
        "+Three candidates file for open state Senate seat",
        ["-By Dana Whitcomb | Staff Writer", "-Published 9:45 a.m. ET March 9, 2026"],
        "+Three candidates had filed by Friday's deadline to run for the 14th District state Senate seat being vacated by Sen. Walter Hume, who is retiring after 20 years.",
        "+Republican Jeff Lassiter, a Dunmore city councilman and owner of a trucking company, said he would focus on property taxes and road repair.",
        "+Democrat Priya Raman, a former public defender, said she would push for more state money for rural hospitals, pointing to the planned closure of the maternity ward at St. Agnes.",
        _HVC_NEWSLETTER,
        "+Independent candidate Tom Beckwith, a retired dairy farmer, is running on a single issue: opposing a proposed natural gas pipeline through the northern part of the district.",
        "+The district has voted Republican in every Senate race since 1998, but Hume won his last race by just 3 percentage points.",
        _HVC_AD,
        "+The primary election is May 19. The Courier will host a candidate forum at the Harlan Public Library on April 22.",
        "+Raman and Lassiter both said they would accept public campaign financing, which caps spending at $250,000 for the primary.",
        '+Hume, a Republican, has not endorsed a successor. In a brief statement, he said he would "stay out of it and enjoy my grandchildren."',
        "+Voter registration in the district is nearly evenly split, with unaffiliated voters making up the largest single group.",
        "+Beckwith, who must collect 1,500 signatures to appear on the November ballot, said he had already gathered more than 900.",
        "-You have 1 free article remaining this month. Subscribe for $1 for 3 months.",
        _HVC_MOSTREAD,
        ["-St. Agnes hospital to close maternity ward, citing staff shortages", "-County commissioners approve $48 million bond for jail expansion"],
        _HVC_FOOT,
    ),
    _page(
        "en_regional_courier_4",
        _HVC_NAV,
        "-Harlan Valley, 36°F, snow showers",
        "+Flood victims still waiting for state aid eight months later",
        ["-By Marcus Oyelaran | Staff Writer", "-Published 5:00 a.m. ET March 12, 2026"],
        "+Eight months after the Millrace River overtopped its banks and flooded more than 600 homes in Harlan and Dunmore, fewer than one in five affected households have received money from the state's disaster relief fund.",
        "+State records obtained by the Courier show that 611 households applied for assistance. As of March 1, 109 had been paid, 204 had been denied and the rest were still under review.",
        "+Linda Ostrowski, whose basement and first floor on Canal Street filled with four feet of water, said she had submitted the same documents three times.",
        "+\"Every time I call, it's a different person, and every time they tell me something is missing,\" she said.",
        _HVC_AD,
        "+A spokesperson for the state Office of Emergency Management said the agency had hired 40 temporary staff to clear the backlog and expected to decide all remaining applications by June.",
        "+Many of the denials, the spokesperson said, were because applicants had flood insurance, which makes them ineligible for most state grants.",
        "+Residents who were denied can appeal within 60 days of the decision.",
        "+Ostrowski said she has spent about $30,000 of her own savings on repairs and has borrowed from her daughter to replace her furnace.",
        "+Some homeowners have given up. At least 40 flood-damaged homes in Dunmore have been sold since the fall, many to out-of-town investors, according to county property records.",
        "+The Harlan County Long Term Recovery Group, a coalition of churches and nonprofits, has helped about 150 families with repairs and is seeking volunteers.",
        "+State Sen. Walter Hume has introduced a bill that would require the agency to decide applications within 90 days.",
        _HVC_NEWSLETTER,
        _HVC_MOSTREAD,
        ["-Three candidates file for open state Senate seat", "-Police identify man killed in Route 9 crash"],
        _HVC_FOOT,
    ),
    _page(
        "en_regional_courier_5",
        _HVC_NAV,
        "-Harlan Valley, 47°F, clear",
        "+School board puts $2.1 million levy on May ballot",
        ["-By Dana Whitcomb | Staff Writer", "-Published 8:20 a.m. ET March 14, 2026 | Updated 11:15 a.m. ET March 14, 2026"],
        "+The Harlan Area School Board voted unanimously on Thursday to ask voters for a $2.1 million operating levy, two years after a similar measure failed by 212 votes.",
        "+Superintendent Angela Moreau said that without the levy the district would have to cut 18 teaching positions and close Pine Street Elementary, which has 240 students.",
        "+The district's enrollment has fallen by 11 percent since 2019, while the cost of health insurance for employees has risen by nearly a third.",
        _HVC_AD,
        "+Board member Gary Koenig said the district had already cut bus routes and delayed roof repairs at the high school.",
        "+\"We have cut everything that doesn't involve a child sitting in front of a teacher,\" Koenig said. \"There's nothing left to cut.\"",
        "+A group called Harlan Taxpayers United, which campaigned against the 2024 levy, said it would oppose this one as well.",
        "+If approved, the levy would cost the owner of a $200,000 home about $168 a year.",
        "+The board will hold two public information sessions before the vote, on April 8 at the high school and April 15 at Pine Street Elementary.",
        '+Teachers\' union president Karen Delaney said the union would campaign for the levy door to door. "Our members live here too," she said.',
        "+Under state law, if the levy fails in May, the board can put it on the ballot again in November.",
        "+Moreau said the district would publish a list of the specific cuts it would make if the levy fails.",
        "-You have 3 free articles remaining this month. Subscribe for $1 for 3 months.",
        _HVC_MOSTREAD,
        ["-Flood victims still waiting for state aid eight months later", "-Three candidates file for open state Senate seat"],
        _HVC_FOOT,
    ),
]


# ---------------------------------------------------------------------------------------------
# 2. en_wire_aggregator: a content farm re-posting syndicated wire copy (cookie banner, trending,
#    sponsored links, "originally published" credit)
# ---------------------------------------------------------------------------------------------
_NBW_COOKIE = [
    "-We use cookies to personalize content and ads and to analyze our traffic. By continuing to use this site you agree to our use of cookies.",
]
_NBW_NAV = ["-NewsBeat Daily", "-World"]
_NBW_SPONSORED = "-Sponsored Content"
_NBW_TRENDING = "-Trending Now"
_NBW_FOOT = [
    "-NewsBeat Daily is an independent news aggregator. Content is provided by our syndication partners.",
]

_NBW = [
    _page(
        "en_wire_aggregator_1",
        _NBW_COOKIE,
        _NBW_NAV,
        "+Ukraine and Russia swap 300 prisoners of war in UAE-brokered deal",
        "-World | 2 min read | Feb 18, 2026",
        "+Ukraine and Russia exchanged 300 prisoners of war on Wednesday in a swap mediated by the United Arab Emirates, officials from both countries said.",
        "+Ukrainian President Volodymyr Zelensky said on social media that 150 Ukrainian soldiers and border guards had returned home, some of whom had been held since 2022.",
        "+Russia's defence ministry said 150 Russian servicemen had been returned and were receiving medical and psychological care.",
        "+Some of the returning Ukrainians were wrapped in national flags as they stepped off buses near the border with Belarus, in images released by Zelensky's office.",
        _NBW_SPONSORED,
        ["-Doctors Stunned: This Simple Trick Melts Belly Fat Overnight", "-Seniors Born Before 1965 Are Getting a Surprise Payout"],
        "+The UAE foreign ministry said it was the 14th exchange it had helped arrange since the start of the war.",
        "+Prisoner swaps have continued periodically despite the absence of broader peace talks.",
        "+Among the Ukrainians released were several defenders of the Azovstal steel plant in Mariupol, according to Ukraine's coordination headquarters for prisoners of war.",
        "+Both sides have accused each other of mistreating captured soldiers, allegations that are difficult to verify independently.",
        "+Kyiv says thousands of Ukrainians remain in Russian captivity.",
        "+Families of missing soldiers have held regular protests in Kyiv, urging the government to do more to secure their release.",
        "+The last exchange, in January, involved 150 prisoners from each side.",
        "-Originally published by Global Wire Service. Republished with permission.",
        _NBW_TRENDING,
        ["-Fed holds rates steady, signals patience", "-Measles cases climb to 480 in Texas outbreak"],
        _NBW_FOOT,
    ),
    _page(
        "en_wire_aggregator_2",
        _NBW_COOKIE,
        _NBW_NAV,
        "+Measles cases climb to 480 in Texas outbreak, health officials say",
        "-Health | 3 min read | Feb 19, 2026",
        "+The number of measles cases linked to an outbreak in West Texas has risen to 480, state health officials said on Thursday, making it the largest outbreak in the state in more than three decades.",
        "+Most of the cases are in children and teenagers who had not been vaccinated, the Texas Department of State Health Services said. Fifty-six people have been hospitalized.",
        "+Officials urged parents to make sure their children had received both doses of the measles, mumps and rubella vaccine.",
        "+The vaccine is about 97% effective at preventing measles after two doses, according to the Centers for Disease Control and Prevention.",
        _NBW_SPONSORED,
        ["-The #1 Mistake Homeowners Make With Their Mortgage", "-Seniors Born Before 1965 Are Getting a Surprise Payout"],
        "+Measles is one of the most contagious diseases known. The virus can linger in the air for up to two hours after an infected person leaves a room.",
        "+Neighbouring New Mexico and Oklahoma have also reported cases connected to the outbreak.",
        "+The United States declared measles eliminated in 2000, meaning it was no longer continuously spreading in the country.",
        "+Two unvaccinated children in the outbreak area have died, the first measles deaths in the country in a decade.",
        "+Vaccination rates among kindergarteners in the county at the centre of the outbreak are among the lowest in the state, with about 18% of children exempted from at least one required vaccine.",
        "+Symptoms of measles include high fever, cough, runny nose and a rash that spreads from the face to the rest of the body.",
        "+Health officials said vaccination clinics in the affected counties had seen a sharp rise in demand since January.",
        "-Originally published by Global Wire Service. Republished with permission.",
        _NBW_TRENDING,
        ["-Ukraine and Russia swap 300 prisoners of war in UAE-brokered deal", "-Fed holds rates steady, signals patience"],
        _NBW_FOOT,
    ),
    _page(
        "en_wire_aggregator_3",
        _NBW_COOKIE,
        _NBW_NAV,
        "+Fed holds rates steady, signals patience on cuts",
        "-Money | 2 min read | Feb 20, 2026",
        "+The Federal Reserve left its benchmark interest rate unchanged on Friday and signalled that it was in no hurry to cut borrowing costs while inflation remained above its 2% target.",
        "+The central bank kept the federal funds rate in a range of 3.75% to 4%, where it has been since December.",
        "+The Fed cut rates three times in the second half of last year after inflation eased from its 2022 peak.",
        "+In a statement, policymakers said the labour market remained \"solid\" but that inflation had \"stalled\" in recent months.",
        "+Fed Chair Jerome Powell told reporters that officials wanted to see \"several more months\" of good inflation data before lowering rates again.",
        _NBW_SPONSORED,
        ["-Doctors Stunned: This Simple Trick Melts Belly Fat Overnight", "-This Credit Card Pays 0% Interest Until 2028"],
        "+Markets had priced in a roughly one-in-three chance of a cut at the March meeting before the announcement.",
        "+Stocks fell modestly after the decision, and the yield on the 10-year Treasury note rose to 4.41%.",
        "+Some economists warned that tariffs on imported goods could push prices higher in the coming months, complicating the Fed's task.",
        "+The decision was unanimous. Two officials who had dissented at the December meeting in favour of a larger cut did not do so this time.",
        "+Consumer prices rose 2.9% in the 12 months to January, according to the latest government data.",
        "+The Fed's next policy meeting is scheduled for March 17-18.",
        "-Originally published by Global Wire Service. Republished with permission.",
        _NBW_TRENDING,
        ["-Measles cases climb to 480 in Texas outbreak", "-Stocks slide as oil tops $90"],
        _NBW_FOOT,
    ),
    _page(
        "en_wire_aggregator_4",
        _NBW_COOKIE,
        _NBW_NAV,
        "+Germany's conservatives open coalition talks after inconclusive election",
        "-World | 3 min read | Feb 24, 2026",
        "+Germany's conservative bloc began exploratory talks with the Social Democrats on Tuesday, two days after an election in which no party came close to a majority.",
        "+The Christian Democrats and their Bavarian sister party won 28.6% of the vote, while the far-right Alternative for Germany came second with 20.8%, its best result in a national election.",
        "+All mainstream parties have ruled out governing with the AfD.",
        "+That leaves an alliance between the conservatives and the Social Democrats as the only realistic two-party option, though it would command only a narrow majority.",
        "+The Greens have said they are open to joining a three-party coalition if needed.",
        "+Conservative leader Friedrich Merz said he wanted a government in place by Easter, but analysts said talks could take months.",
        "+\"Europe is watching us, and we cannot afford a long period of paralysis,\" Merz told reporters in Berlin.",
        _NBW_SPONSORED,
        ["-The #1 Mistake Homeowners Make With Their Mortgage", "-This Credit Card Pays 0% Interest Until 2028"],
        "+The Social Democrats, who led the outgoing government, slumped to 16.4%, their worst result since the Second World War.",
        "+The Greens won 11.6% and the Left party 8.8%, while the liberal Free Democrats fell short of the 5% threshold needed to enter parliament.",
        "+Turnout was 82.5%, the highest since reunification.",
        "+Merz has said he wants to raise defence spending sharply and tighten migration rules, two issues on which the Social Democrats have signalled they are willing to compromise.",
        "-Originally published by Global Wire Service. Republished with permission.",
        "-Tags: Germany, Elections, Europe",
        _NBW_TRENDING,
        ["-Fed holds rates steady, signals patience", "-Stocks slide as oil tops $90"],
        _NBW_FOOT,
    ),
]


# ---------------------------------------------------------------------------------------------
# 3. en_thinktank_blog: a think-tank policy blog (donate appeal, podcast box, author box,
#    views-disclaimer legal line)
# ---------------------------------------------------------------------------------------------
_CPR_NAV = ["-Center for Prosperity and Renewal", "-Donate"]
_CPR_PODCAST = [
    "-Listen: The Renewal Podcast",
    "-New episodes every Tuesday on Apple Podcasts, Spotify and wherever you get your podcasts.",
]
_CPR_DONATE = "-CPR is a nonprofit, nonpartisan 501(c)(3) organization. Your tax-deductible gift makes this research possible. Donate today."
_CPR_VIEWS = "-The views expressed in this post are those of the author and do not necessarily reflect the views of the Center for Prosperity and Renewal."
_CPR_FOOT = ["-Stay informed: sign up for our weekly policy digest"]

_CPR = [
    _page(
        "en_thinktank_blog_1",
        _CPR_NAV,
        "+The Child Tax Credit Cut Poverty Once. Congress Can Do It Again.",
        ["-Elena Marsh", "-January 12, 2026", "-Topics: Poverty, Tax Policy"],
        "+In 2021, for six months, the United States ran an experiment. Families received monthly payments of up to $300 per child through an expanded child tax credit, and child poverty fell to the lowest level ever recorded.",
        "+When the expansion lapsed at the end of that year, child poverty more than doubled in the following year's Census data.",
        "+Critics argued that unconditional payments would discourage parents from working. The evidence does not support that concern: several studies found no measurable decline in employment among parents who received the payments.",
        "+Nor did parents spend the money on alcohol or gambling, as some opponents predicted. Spending on those items was unchanged or lower among families that received the credit.",
        _CPR_PODCAST,
        "+What the payments did change was food insecurity. Survey data from the Census Bureau showed a sharp drop in families reporting that their children sometimes did not have enough to eat.",
        "+Families spent the money mostly on food, rent, utilities and school supplies, according to Census surveys. A small share went to paying down debt.",
        "+Restoring the expanded credit would cost roughly $100 billion a year. That is a significant sum, but it is less than a third of the cost of the 2017 tax cuts for corporations.",
        "+It could be partly paid for by closing loopholes that allow wealthy heirs to avoid capital gains taxes on inherited assets, a proposal that has had bipartisan support in the past.",
        "+A smaller version, limited to families with young children, would cost less than half as much and capture most of the benefit.",
        "+Congress should make the full credit available to families with the lowest incomes, who were excluded before 2021 and are excluded again now.",
        "+There is also a simpler argument. Children do not choose their parents' income, and a country that lets one in eight of its children grow up poor is making a choice of its own.",
        "+The question before Congress is not whether it can afford to cut child poverty. It already did, for six months. The question is whether it wants to.",
        _CPR_VIEWS,
        ["-About the author", "-Elena Marsh is a senior fellow in the Economic Security program at CPR."],
        _CPR_DONATE,
        _CPR_FOOT,
    ),
    _page(
        "en_thinktank_blog_2",
        _CPR_NAV,
        "+Three Lessons From Europe's Energy Shock",
        ["-David Okafor", "-January 20, 2026", "-Topics: Energy, Europe"],
        "+When Russian gas deliveries to Europe collapsed in 2022, many analysts predicted a deep recession and winter blackouts. Neither happened.",
        "+Instead, European economies slowed, prices spiked, and then, within about eighteen months, the crisis largely passed. How that happened is worth understanding.",
        "+The first lesson is that demand is more flexible than models assume. European industry and households cut gas consumption by around 15% within a year, far faster than forecast.",
        "+The second lesson is that infrastructure matters more than contracts. Germany built floating terminals for liquefied natural gas in less than a year, a process that normally takes five.",
        "+Countries that had invested in interconnections with their neighbours, like Spain and Portugal, were able to share supplies in ways that more isolated grids could not.",
        "+A fourth lesson, perhaps, is that governments should build reserves before they are needed. Countries with large gas storage entered the winter of 2022 in a far better position.",
        "+The third lesson is less comforting. Governments spent hundreds of billions of euros shielding consumers from high prices, much of it untargeted and much of it benefiting wealthier households.",
        _CPR_PODCAST,
        "+The United States is not immune to similar shocks. A disruption in global oil markets would hit American drivers quickly, and Washington has far fewer tools to respond than it had a decade ago.",
        "+Nor is the electricity grid. Demand from data centres is rising quickly, and several regional grid operators have warned of shortfalls during heat waves.",
        "+Policymakers should study what Europe got right and, just as carefully, what it got wrong.",
        "+In particular, Congress should refill the Strategic Petroleum Reserve while prices are moderate and fund grid connections for new generation, which now take years to approve.",
        "+Energy security is not only about supply. It is about how quickly an economy can adapt when supply fails.",
        _CPR_VIEWS,
        ["-About the author", "-David Okafor is a fellow in the Energy and Climate program at CPR."],
        _CPR_DONATE,
        _CPR_FOOT,
    ),
    _page(
        "en_thinktank_blog_3",
        _CPR_NAV,
        "+Medicaid Work Requirements Cost More Than They Save",
        ["-Elena Marsh and Jonah Feld", "-February 2, 2026", "-Topics: Health Care, Poverty"],
        "+Arkansas became the first state to enforce work requirements in Medicaid in 2018. Within months, more than 18,000 people had lost coverage.",
        "+Most of those who lost coverage were not unemployed. They were working or should have been exempt, but could not navigate the state's online reporting system.",
        "+Many never learned that the requirement existed. In a survey of affected adults, nearly half said they had not heard of it.",
        "+Employment among the affected group did not increase, according to a study published in the New England Journal of Medicine.",
        "+That finding is consistent with what we know about the Medicaid population. Most adult enrollees who can work already do, often in jobs without employer health insurance.",
        "+States that have tried work requirements have spent large sums on administration. Georgia spent more than $40 million on its program in its first year, most of it on consultants and computer systems.",
        "+By the end of its first year, Georgia's program had enrolled fewer than 5,000 people, out of the hundreds of thousands who were potentially eligible.",
        "+Per person enrolled, the administrative cost was many times higher than the cost of the health coverage itself.",
        _CPR_PODCAST,
        "+Supporters argue that work requirements encourage self-sufficiency. But a policy that removes coverage from people who are already working does not encourage work; it only removes coverage.",
        "+If Congress wants to raise employment among low-income adults, it should invest in child care and job training, which have a track record of success.",
        "+Several states have already learned this lesson. Ohio and Arizona obtained approval for work requirements and then quietly decided not to implement them.",
        "+Lawmakers who are considering a national requirement should look at the record before they write it into law.",
        _CPR_VIEWS,
        ["-About the authors", "-Elena Marsh is a senior fellow in the Economic Security program at CPR. Jonah Feld is a research assistant."],
        _CPR_DONATE,
        _CPR_FOOT,
    ),
    _page(
        "en_thinktank_blog_4",
        _CPR_NAV,
        "+What the Housing Debate Gets Wrong About Zoning",
        ["-Samira Holt", "-February 16, 2026", "-Topics: Housing"],
        "+Almost everyone in Washington now agrees that the country needs more housing. The disagreement is about who should build it and where.",
        "+Estimates of the shortage vary, but most put it between 4 million and 7 million homes, concentrated in the metropolitan areas where jobs are growing fastest.",
        "+Zoning rules that allow only detached single-family homes cover roughly three quarters of residential land in many American cities.",
        "+Those rules make it illegal to build duplexes, townhouses or small apartment buildings on most land, even near transit lines and job centers.",
        "+Loosening those rules is necessary but not sufficient. Construction costs, interest rates and a shortage of skilled workers also limit how many homes are built.",
        "+Minneapolis, which ended single-family-only zoning in 2019, has seen rents rise more slowly than in comparable cities. But researchers caution that the change is one of several policies the city adopted at the same time.",
        "+Houston, which has no conventional zoning at all, has also kept rents relatively affordable, though it has done so in part by sprawling outward.",
        "+Federal policymakers have limited influence over local zoning. They can, however, tie transportation and infrastructure grants to reforms that allow more homes near transit.",
        "+They can also reduce costs directly, for example by expanding the Low-Income Housing Tax Credit and by making it easier to use factory-built housing.",
        _CPR_PODCAST,
        "+The housing shortage took decades to create. It will not be solved by a single law.",
        "+That is not an argument for doing nothing. It is an argument for doing many things at once, at every level of government, and sticking with them.",
        "+The cities that have made progress are the ones that stopped treating housing as a problem for someone else.",
        _CPR_VIEWS,
        ["-About the author", "-Samira Holt is director of housing policy at CPR."],
        _CPR_DONATE,
        _CPR_FOOT,
    ),
]


# ---------------------------------------------------------------------------------------------
# 4. fr_radio_publique: a French public broadcaster's news site (live radio prompt, podcast box,
#    reading time, "À lire aussi", app prompt)
# ---------------------------------------------------------------------------------------------
_RFR_HEAD = ["-Radio Hexagone", "-Écouter le direct"]
_RFR_SHARE = ["-Partager sur Facebook", "-Copier le lien"]
_RFR_APP = "-Retrouvez toute l'actualité et vos émissions préférées sur l'application Radio Hexagone."
_RFR_PODCAST = ["-Écouter plus tard"]
_RFR_FOOT = [
    "-Radio Hexagone est une radio du service public.",
    "-Mentions légales | Gestion des cookies | Accessibilité : partiellement conforme",
]

_RFR = [
    _page(
        "fr_radio_publique_1",
        _RFR_HEAD,
        "+Réforme des retraites : le gouvernement renonce au recours au 49.3",
        ["-Publié le lundi 9 mars 2026 à 7h12", "-Lecture : 3 min"],
        _RFR_SHARE,
        "+Le Premier ministre a annoncé dimanche soir qu'il n'utiliserait pas l'article 49.3 de la Constitution pour faire adopter le projet de loi sur les retraites, une concession majeure faite aux groupes d'opposition.",
        "+« Le débat ira jusqu'au bout, et l'Assemblée nationale votera », a-t-il déclaré sur le plateau du journal de 20 heures.",
        "+Cette décision intervient après plusieurs semaines de tensions au sein de la majorité, dont une partie jugeait le recours à cet article trop risqué politiquement.",
        "+Le recours au 49.3 lors de la précédente réforme, en 2023, avait provoqué des mois de contestation et fragilisé durablement l'exécutif.",
        "-À lire aussi : Retraites : ce que contient le projet de loi",
        "+Les syndicats ont salué « un premier pas » mais maintiennent leur appel à manifester jeudi dans toute la France.",
        "+Le texte prévoit notamment un relèvement progressif de l'âge de départ et une hausse de la durée de cotisation pour les générations nées après 1968.",
        "+Selon plusieurs sondages, près de deux Français sur trois restent opposés à la réforme.",
        "+À gauche comme au Rassemblement national, plusieurs députés ont déjà annoncé le dépôt de centaines d'amendements.",
        "+L'examen du texte en séance publique doit commencer le 23 mars.",
        "+Le gouvernement espère une adoption définitive avant la fin de la session parlementaire, fin juin.",
        "+Le Sénat, où la droite est majoritaire, devrait examiner le texte en mai.",
        _RFR_PODCAST,
        _RFR_APP,
        _RFR_FOOT,
    ),
    _page(
        "fr_radio_publique_2",
        _RFR_HEAD,
        "+Bretagne : les algues vertes de retour sur les plages dès le mois de mars",
        ["-Publié le mercredi 11 mars 2026 à 17h40", "-Lecture : 2 min", "-Par la rédaction de Radio Hexagone Armorique"],
        _RFR_SHARE,
        "+Les premiers échouages d'algues vertes ont été constatés cette semaine sur plusieurs plages des Côtes-d'Armor, avec près de deux mois d'avance sur le calendrier habituel.",
        "+Selon le Centre d'étude et de valorisation des algues, la douceur exceptionnelle de l'hiver et les fortes pluies de février ont favorisé leur prolifération.",
        "+Plus de 3 000 tonnes d'algues avaient été ramassées l'an dernier sur les seules plages de la baie de Saint-Brieuc.",
        "+Les associations de protection de l'environnement pointent une nouvelle fois le rôle des rejets de nitrates d'origine agricole.",
        "+En 2016, un joggeur avait été retrouvé mort dans l'estuaire du Gouessant, dans une zone envahie par les algues. La justice avait ensuite reconnu le lien entre son décès et l'hydrogène sulfuré.",
        "+« Cela fait trente ans qu'on connaît la cause, et trente ans qu'on repousse les mesures », dénonce la porte-parole d'un collectif de riverains de la baie de Saint-Brieuc.",
        "-À lire aussi : Algues vertes : l'État condamné pour carence fautive",
        "+La préfecture a rappelé que le ramassage des algues est obligatoire dans les 48 heures, avant que leur décomposition ne libère de l'hydrogène sulfuré, un gaz toxique.",
        "+Les communes concernées réclament à l'État une aide financière pour faire face au coût du ramassage, qui pèse lourdement sur leurs budgets.",
        "+Plusieurs plages pourraient être fermées au public dès les vacances de Pâques.",
        "+Le plan de lutte contre les algues vertes, lancé en 2010, a permis de réduire les concentrations en nitrates dans les rivières, mais moins vite que prévu, selon un rapport de la Cour des comptes.",
        _RFR_PODCAST,
        _RFR_APP,
        _RFR_FOOT,
    ),
    _page(
        "fr_radio_publique_3",
        _RFR_HEAD,
        "+Municipales : à Marseille, la gauche part divisée au premier tour",
        ["-Publié le vendredi 13 mars 2026 à 6h05", "-Mis à jour le vendredi 13 mars 2026 à 9h30", "-Lecture : 4 min"],
        _RFR_SHARE,
        "+À deux jours du premier tour des élections municipales, la gauche marseillaise n'a pas réussi à s'entendre sur une liste commune.",
        "+Le maire sortant mène une liste d'union soutenue par le Parti socialiste, les écologistes et les communistes, tandis que La France insoumise présente son propre candidat.",
        "+Les derniers sondages placent le maire sortant légèrement en tête, devant la liste soutenue par Les Républicains et celle du Rassemblement national.",
        "+Le candidat du Rassemblement national espère profiter des divisions pour atteindre le second tour en position de force dans plusieurs secteurs.",
        "+« La division, c'est le meilleur cadeau qu'on puisse faire à la droite », regrette un élu écologiste du 3e secteur.",
        "+Du côté de La France insoumise, on assume une candidature « de rupture » et on promet de se rassembler au second tour.",
        "-À lire aussi : Municipales 2026 : le guide pour comprendre le mode de scrutin",
        "+Le taux de participation reste l'une des grandes inconnues du scrutin. En 2020, il n'avait pas dépassé 33 % à Marseille, en pleine épidémie de Covid-19.",
        "+À Lyon, Bordeaux et Strasbourg, les maires écologistes sortants briguent également un second mandat.",
        "+Les bureaux de vote ouvriront dimanche à 8 heures.",
        "+Dans les grandes villes, ils fermeront à 20 heures.",
        _RFR_PODCAST,
        _RFR_APP,
        _RFR_FOOT,
    ),
    _page(
        "fr_radio_publique_4",
        _RFR_HEAD,
        "+Hôpital : les urgences pédiatriques de Toulouse à nouveau saturées",
        ["-Publié le mardi 17 mars 2026 à 12h48", "-Lecture : 3 min"],
        _RFR_SHARE,
        "+Les urgences pédiatriques du CHU de Toulouse ont déclenché lundi leur plan blanc, pour la deuxième fois cet hiver, face à l'afflux d'enfants atteints de bronchiolite et de grippe.",
        "+Certains jeunes patients ont attendu plus de dix heures avant d'être pris en charge, selon les soignants.",
        "+Trois enfants ont dû être transférés dans d'autres hôpitaux de la région, faute de lits disponibles en réanimation pédiatrique.",
        "+« On soigne des enfants dans les couloirs, sur des brancards, parfois sur les genoux de leurs parents », témoigne une infirmière qui souhaite rester anonyme.",
        "+La direction de l'hôpital indique avoir rappelé du personnel en congé et déprogrammé des opérations non urgentes.",
        "+Le nombre de passages aux urgences pédiatriques a augmenté de près de 30 % par rapport à la même période l'an dernier.",
        "+L'Agence régionale de santé appelle les parents à consulter en priorité leur médecin traitant ou à composer le 15 avant de se rendre aux urgences.",
        "+Le syndicat des praticiens hospitaliers réclame l'ouverture de lits supplémentaires et la revalorisation des gardes de nuit.",
        "+Le ministère de la Santé doit présenter d'ici l'été un plan pour la pédiatrie, promis depuis deux ans.",
        "+En attendant, les services de Montpellier et de Bordeaux ont accepté de recevoir une partie des transferts.",
        _RFR_PODCAST,
        _RFR_APP,
        _RFR_FOOT,
    ),
    _page(
        "fr_radio_publique_5",
        _RFR_HEAD,
        "+Guerre en Ukraine : Paris accueillera une conférence sur la reconstruction en juin",
        ["-Publié le jeudi 19 mars 2026 à 15h22", "-Lecture : 2 min"],
        "+La France organisera en juin à Paris une conférence internationale consacrée à la reconstruction de l'Ukraine, a annoncé jeudi le ministère des Affaires étrangères.",
        "+Une cinquantaine de pays et plusieurs institutions financières internationales sont attendus.",
        "+Le président ukrainien doit y participer en personne, selon l'Élysée.",
        "+Selon la Banque mondiale, le coût de la reconstruction du pays dépasse désormais 500 milliards de dollars.",
        "+Les dégâts les plus importants concernent le logement, les transports et l'énergie, selon cette évaluation réalisée avec l'Union européenne et les Nations unies.",
        "-À lire aussi : Ukraine : les avoirs russes gelés, une manne convoitée",
        "+Kiev espère obtenir des engagements précis sur le financement de la remise en état de son réseau électrique, visé par des frappes russes répétées.",
        "+Plus de la moitié des capacités de production électrique du pays ont été détruites ou endommagées depuis le début de l'invasion russe, selon les autorités ukrainiennes.",
        "+Le Quai d'Orsay assure que la conférence ne préjuge pas d'éventuelles négociations de paix.",
        "+Une précédente conférence, organisée à Londres, avait permis de réunir des promesses de financement de plus de 60 milliards d'euros.",
        "+Les entreprises françaises, notamment dans l'énergie et les transports, espèrent profiter des futurs chantiers.",
        _RFR_PODCAST,
        _RFR_APP,
        _RFR_FOOT,
    ),
]


# ---------------------------------------------------------------------------------------------
# 5. de_boulevard: a German tabloid site (paywall teaser for "plus" articles, live-ticker strip,
#    "Mehr zum Thema", Anzeige, comment counter, app prompt)
# ---------------------------------------------------------------------------------------------
_TB_HEAD = ["-TAGESBLITZ", "-Blitz+"]
_TB_TICKER = "-LIVE-TICKER: Alle aktuellen Entwicklungen im Überblick"
_TB_ANZEIGE = "-Anzeige"
_TB_APP = "-Jetzt die TAGESBLITZ-App herunterladen und keine Eilmeldung mehr verpassen!"
_TB_PLUS = [
    "-Lesen Sie jetzt weiter mit Blitz+",
    "-Alle Artikel auf tagesblitz.de für nur 0,99 € im ersten Monat. Jederzeit kündbar.",
]
_TB_FOOT = ["-© Tagesblitz Medien GmbH 2026 | Impressum | Datenschutz | Nutzungsbedingungen"]

_TB = [
    _page(
        "de_boulevard_1",
        _TB_HEAD,
        _TB_TICKER,
        "+Rentner-Schock: Beiträge zur Pflegeversicherung steigen schon wieder",
        ["-Von Jens Kowalczyk", "-04.03.2026 - 06:47 Uhr"],
        "+Das wird teuer für Millionen Deutsche! Die Beiträge zur Pflegeversicherung sollen im kommenden Jahr erneut steigen.",
        "+Nach TAGESBLITZ-Informationen plant das Gesundheitsministerium eine Erhöhung um 0,3 Prozentpunkte. Für einen Durchschnittsverdiener wären das rund 130 Euro mehr im Jahr.",
        "+Für Rentner wäre die Mehrbelastung geringer, aber spürbar: Rund 50 Euro im Jahr bei einer durchschnittlichen Rente.",
        "+Grund ist ein Milliardenloch in der Pflegekasse. Immer mehr Menschen sind pflegebedürftig, gleichzeitig steigen die Löhne der Pflegekräfte.",
        _TB_ANZEIGE,
        "+Der Sozialverband VdK spricht von einer „Zumutung“. Präsidentin Verena Bentele: „Wer sein Leben lang eingezahlt hat, darf jetzt nicht wieder zur Kasse gebeten werden.“",
        "+Aus der Opposition kommt scharfe Kritik. Die Regierung habe jahrelang keine Reform angepackt, heißt es.",
        "+Das Ministerium wollte die Pläne auf Anfrage nicht bestätigen. Ein Sprecher sagte nur: „Es gibt noch keine Entscheidung.“",
        "+Schon zu Jahresbeginn war der Beitrag gestiegen. Viele Rentner sprechen von einer schleichenden Rentenkürzung.",
        "+Besonders hart trifft es Kinderlose: Sie zahlen schon heute einen Zuschlag.",
        "+Die Krankenkassen warnen zudem, dass ohne eine grundlegende Reform weitere Erhöhungen folgen könnten.",
        "+Eine Entscheidung soll im Herbst fallen, zusammen mit dem Haushalt für das kommende Jahr.",
        "-Mehr zum Thema",
        ["-Pflegeheim-Kosten: So viel müssen Angehörige jetzt zahlen", "-Rente: Das ändert sich ab Juli"],
        "-Kommentare (412)",
        _TB_APP,
        _TB_FOOT,
    ),
    _page(
        "de_boulevard_2",
        _TB_HEAD,
        _TB_TICKER,
        "+Messerangriff am Hauptbahnhof: Polizei fasst Verdächtigen nach Großfahndung",
        ["-Von Sandra Ehlers und Tim Brückner", "-05.03.2026 - 21:15 Uhr"],
        "+Nach dem Messerangriff am Hauptbahnhof in Hannover hat die Polizei in der Nacht einen 27-jährigen Tatverdächtigen festgenommen.",
        "+Der Mann soll am Mittwochnachmittag auf einem Bahnsteig zwei Reisende angegriffen und schwer verletzt haben. Ein 54-Jähriger schwebt weiterhin in Lebensgefahr.",
        "+Zeugen berichteten von dramatischen Szenen. „Alle sind gerannt, eine Frau hat nur noch geschrien“, sagte ein Augenzeuge.",
        "+Der Bahnhof wurde für mehrere Stunden teilweise gesperrt. Tausende Pendler saßen fest, Züge fielen aus oder wurden umgeleitet.",
        _TB_ANZEIGE,
        "+Die Bundespolizei hatte mit einem Großaufgebot und einem Hubschrauber nach dem Flüchtigen gesucht. Er wurde schließlich in einer Wohnung in der Südstadt gefasst.",
        "+Über das Motiv ist noch nichts bekannt. Die Staatsanwaltschaft ermittelt wegen versuchten Totschlags.",
        "+Nach Angaben der Ermittler ist der Festgenommene polizeibekannt, unter anderem wegen Körperverletzung und Diebstahls.",
        "+Niedersachsens Innenministerin kündigte an, die Polizeipräsenz an großen Bahnhöfen zu verstärken.",
        "+Die Deutsche Bahn teilte mit, dass der Zugverkehr nach rund drei Stunden wieder normal lief.",
        "+Die Polizei bittet Zeugen, die Videos oder Fotos von der Tat gemacht haben, sich zu melden.",
        "+Die beiden Verletzten werden auf der Intensivstation der Medizinischen Hochschule behandelt.",
        "-Mehr zum Thema",
        ["-Waffenverbotszonen: Was bringen sie wirklich?", "-Bahnhöfe: Hier fühlen sich Reisende am unsichersten"],
        "-Kommentare (1.208)",
        _TB_APP,
        _TB_FOOT,
    ),
    _page(
        "de_boulevard_3",
        _TB_HEAD,
        _TB_TICKER,
        "+Koalitionskrach um Heizungsgesetz: Jetzt droht der Kanzler mit Machtwort",
        ["-Von Jens Kowalczyk", "-07.03.2026 - 11:02 Uhr"],
        "+In der Koalition fliegen wieder die Fetzen! Beim Streit um die Reform des Heizungsgesetzes ist keine Einigung in Sicht.",
        "+Der Wirtschaftsminister will die Förderung für Wärmepumpen kürzen, der Koalitionspartner lehnt das strikt ab.",
        "+Der Streit schwelt seit Wochen. Beim letzten Koalitionsausschuss war das Thema nach sechs Stunden ergebnislos vertagt worden.",
        "+„So kann man nicht regieren“, schimpft ein Abgeordneter der Koalition, der nicht namentlich genannt werden will.",
        "+Aus Regierungskreisen heißt es, der Kanzler sei „stinksauer“. Er wolle die Streithähne am Sonntag ins Kanzleramt bestellen.",
        "+Es geht um viel Geld: Rund 16 Milliarden Euro sind im Haushalt für die Heizungsförderung eingeplant.",
        "+Vor allem die Frage, ob Öl- und Gasheizungen nach 2028 noch eingebaut werden dürfen, ist umstritten.",
        "+Der Kanzler selbst hatte im Wahlkampf versprochen, das Gesetz „vom Kopf auf die Füße zu stellen“.",
        _TB_ANZEIGE,
        "+Hausbesitzer sind verunsichert. Viele Handwerker berichten, dass Kunden ihre Aufträge für neue Heizungen auf Eis legen.",
        "+Die Opposition spottet bereits über das „Heizungs-Chaos 2.0“.",
        _TB_PLUS,
        "-Teilen",
        "-Kommentare (233)",
        _TB_APP,
        _TB_FOOT,
    ),
    _page(
        "de_boulevard_4",
        _TB_HEAD,
        _TB_TICKER,
        "+Grippewelle rollt: Kinderärzte schlagen Alarm",
        ["-Von Sandra Ehlers", "-09.03.2026 - 08:30 Uhr"],
        "+Volle Wartezimmer, lange Schlangen vor den Praxen: Die Grippewelle hat Deutschland fest im Griff.",
        "+Nach Angaben des Robert Koch-Instituts wurden in der vergangenen Woche mehr als 38.000 Influenza-Fälle gemeldet, so viele wie seit Jahren nicht.",
        "+Besonders betroffen sind Kinder unter fünf Jahren. Viele Kinderkliniken melden, dass sie kaum noch freie Betten haben.",
        "+In einigen Städten wurden kranke Kinder in Nachbarstädte verlegt, weil auf den Kinderstationen kein Platz mehr war.",
        _TB_ANZEIGE,
        "+Der Berufsverband der Kinder- und Jugendärzte fordert mehr Personal und eine bessere Bezahlung für Notdienste.",
        "+Auch viele Erwachsene liegen flach: Die Zahl der Krankmeldungen ist nach Angaben der Krankenkassen so hoch wie zuletzt vor drei Jahren.",
        "+Experten raten, bei hohem Fieber, Atemnot oder Trinkschwäche sofort einen Arzt aufzusuchen.",
        "+Eine Grippeimpfung lohne sich auch jetzt noch, sagt ein Sprecher der Ständigen Impfkommission.",
        "+Auch Schulen und Kitas sind betroffen: In Bayern mussten einzelne Einrichtungen wegen Personalmangels vorübergehend schließen.",
        "+Wer Symptome hat, sollte nach Möglichkeit zu Hause bleiben, rät das RKI, und beim Besuch von Arztpraxen eine Maske tragen.",
        "+Die Welle dürfte nach Einschätzung des RKI ihren Höhepunkt in den nächsten zwei Wochen erreichen.",
        "-Mehr zum Thema",
        ["-Fieber beim Kind: Wann muss ich zum Arzt?", "-Pflegeheim-Kosten: So viel müssen Angehörige jetzt zahlen"],
        "-Kommentare (87)",
        _TB_APP,
        _TB_FOOT,
    ),
    _page(
        "de_boulevard_5",
        _TB_HEAD,
        "+Nach Wahlschlappe: Landeschef tritt zurück",
        ["-Von Tim Brückner", "-10.03.2026 - 19:44 Uhr"],
        "+Nur einen Tag nach der Landtagswahl zieht er die Konsequenzen: Der Landesvorsitzende der Partei hat seinen Rücktritt erklärt.",
        "+Seine Partei war bei der Wahl auf 9,1 Prozent abgestürzt, ein Minus von fast acht Punkten.",
        "+Es ist das schlechteste Ergebnis der Partei in dem Bundesland seit Jahrzehnten.",
        "+„Ich übernehme die volle Verantwortung für dieses Ergebnis“, sagte er am Montagabend vor Journalisten in der Landesgeschäftsstelle.",
        _TB_ANZEIGE,
        "+Parteifreunde hatten ihm zuvor vorgeworfen, einen zu schwachen Wahlkampf geführt zu haben.",
        "+Bis zur Wahl eines Nachfolgers führt sein Stellvertreter die Geschäfte.",
        "+In Umfragen hatte die Partei vor einem Jahr noch bei über 15 Prozent gelegen.",
        "+Ein Nachfolger soll auf einem Sonderparteitag im April gewählt werden. Als Favoritin gilt die bisherige Fraktionschefin.",
        "+Die Wahlbeteiligung lag bei 61,3 Prozent und damit etwas höher als vor fünf Jahren.",
        "+Bundesparteichef und Generalsekretär dankten dem Zurückgetretenen für seine Arbeit. Er bleibt Abgeordneter im Landtag.",
        "-Kommentare (356)",
        _TB_APP,
        _TB_FOOT,
    ),
]


# ---------------------------------------------------------------------------------------------
# 6. it_quotidiano_locale: an Italian regional daily (consent note, "Leggi anche", Google News
#    prompt, "Riproduzione riservata", most-read box, WhatsApp channel prompt)
# ---------------------------------------------------------------------------------------------
_GDV_HEAD = [
    "-Il Giornale della Valle",
    "-Abbonati",
]
_GDV_CONSENT = "-Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione. Chiudendo questo banner acconsenti all'uso dei cookie."
_GDV_GNEWS = "-Segui Il Giornale della Valle su Google News"
_GDV_WHATSAPP = "-Iscriviti al nostro canale WhatsApp per ricevere le notizie in tempo reale"
_GDV_RIPRO = "-© RIPRODUZIONE RISERVATA"
_GDV_PIULETTI = "-I più letti"
_GDV_FOOT = "-Il Giornale della Valle S.r.l. - P.IVA 01234560987 - Reg. Trib. di Sondrio n. 12/1998"

_GDV = [
    _page(
        "it_quotidiano_locale_1",
        _GDV_CONSENT,
        _GDV_HEAD,
        "+Frana sulla statale 38, la valle resta isolata per il terzo giorno",
        ["-di Chiara Besseghini", "-12 febbraio 2026 08:15"],
        _GDV_GNEWS,
        "+Resta chiusa la strada statale 38 dello Stelvio all'altezza di Ardenno, dove martedì notte una frana ha riversato sulla carreggiata oltre diecimila metri cubi di roccia e fango.",
        "+Anas ha fatto sapere che i lavori di messa in sicurezza richiederanno almeno una settimana. Nel frattempo il traffico è deviato su strade comunali, con lunghe code nelle ore di punta.",
        "+Nella notte i vigili del fuoco hanno evacuato in via precauzionale dodici famiglie che abitano nelle case più vicine al versante.",
        "+«Siamo di fatto tagliati fuori», dice il sindaco di uno dei comuni dell'alta valle. «Chi lavora a Sondrio impiega il doppio del tempo per arrivare».",
        "-Leggi anche: Maltempo, allerta arancione in tutta la provincia",
        "+La Regione ha chiesto lo stato di emergenza e ha stanziato due milioni di euro per i primi interventi.",
        "+Gli studenti delle scuole superiori dell'alta valle potranno seguire le lezioni a distanza fino alla riapertura della strada, ha comunicato l'Ufficio scolastico provinciale.",
        "+I geologi avvertono che il versante resta instabile e che nuove piogge potrebbero provocare ulteriori smottamenti.",
        "+Sul posto sono al lavoro anche i tecnici del Politecnico di Milano, che stanno installando sensori per monitorare i movimenti della montagna.",
        "+Il servizio ferroviario sulla linea Tirano-Lecco non ha subito interruzioni e Trenord ha aggiunto due corse nelle ore di punta.",
        "+I commercianti della zona lamentano un calo degli incassi e chiedono un sostegno economico per il periodo di chiusura.",
        "+La Prefettura ha convocato per lunedì un vertice con i sindaci, Anas e la Protezione civile.",
        "+Nel frattempo è stato istituito un servizio di bus navetta gratuito tra Ardenno e Morbegno.",
        _GDV_WHATSAPP,
        _GDV_RIPRO,
        _GDV_PIULETTI,
        ["-Incidente a Morbegno, grave un motociclista", "-Neve, riaprono gli impianti dell'Aprica"],
        _GDV_FOOT,
    ),
    _page(
        "it_quotidiano_locale_2",
        _GDV_CONSENT,
        _GDV_HEAD,
        "+Ospedale di Chiavenna, chiude il punto nascita: protesta in piazza",
        ["-di Marco Della Vedova", "-14 febbraio 2026 18:40"],
        _GDV_GNEWS,
        "+Oltre mille persone sono scese in piazza sabato pomeriggio a Chiavenna contro la chiusura del punto nascita dell'ospedale cittadino, decisa dalla Regione per il mancato raggiungimento della soglia minima di cinquecento parti l'anno.",
        "+Lo scorso anno nel reparto sono nati 214 bambini. Dal primo aprile le future mamme dovranno rivolgersi a Sondrio, a oltre un'ora di strada.",
        "+Le donne incinte residenti in Valchiavenna sono attualmente circa 180, secondo i dati dell'Azienda sanitaria.",
        "+«Non siamo numeri, siamo una comunità di montagna», si leggeva sullo striscione in testa al corteo.",
        "+Al corteo hanno partecipato anche numerosi sindaci della valle con la fascia tricolore e una delegazione di medici e ostetriche del reparto.",
        "+L'assessore regionale al Welfare ha difeso la scelta spiegando che la sicurezza delle partorienti richiede volumi di attività adeguati e la presenza costante di un anestesista.",
        "-Leggi anche: Sanità, in provincia mancano quaranta medici di base",
        "+I sindaci del mandamento hanno annunciato un ricorso al Tar e chiedono una deroga come quella concessa ad altri ospedali di montagna.",
        "+La consigliera regionale dell'opposizione ha presentato un'interrogazione urgente.",
        "+Il comitato che ha organizzato la manifestazione ha annunciato una raccolta firme e una nuova mobilitazione a Milano, sotto la sede della Regione.",
        "+Negli ultimi dieci anni in Lombardia hanno chiuso sette punti nascita, quasi tutti in zone di montagna.",
        "+La Regione ha promesso di potenziare il servizio di elisoccorso per le emergenze ostetriche in valle.",
        _GDV_WHATSAPP,
        _GDV_RIPRO,
        _GDV_PIULETTI,
        ["-Frana sulla statale 38, la valle resta isolata", "-Incidente a Morbegno, grave un motociclista"],
        _GDV_FOOT,
    ),
    _page(
        "it_quotidiano_locale_3",
        _GDV_CONSENT,
        _GDV_HEAD,
        "+Elezioni comunali a Sondrio, il centrodestra ufficializza il candidato sindaco",
        ["-di Chiara Besseghini", "-17 febbraio 2026 12:05"],
        "+Dopo settimane di trattative il centrodestra ha scelto il proprio candidato alla carica di sindaco di Sondrio: sarà l'attuale vicesindaco, commercialista di 52 anni.",
        "+L'accordo è stato raggiunto lunedì sera in una riunione tra i coordinatori provinciali di Fratelli d'Italia, Lega e Forza Italia.",
        "+Decisivo, secondo fonti del centrodestra, il passo indietro della Lega, che aveva proposto un proprio esponente.",
        "+«Metteremo al centro la sicurezza, la viabilità e il lavoro per i giovani, che oggi sono costretti ad andarsene», ha detto il candidato.",
        "+Il centrosinistra non ha ancora sciolto la riserva. Tra i nomi più citati c'è quello di una dirigente scolastica molto conosciuta in città.",
        "+Il Movimento 5 Stelle ha fatto sapere che deciderà se correre da solo dopo aver conosciuto il nome scelto dal centrosinistra.",
        "+Cinque anni fa il centrodestra aveva vinto al primo turno con il 54 per cento dei voti.",
        "+Si vota a fine maggio. In caso di ballottaggio, il secondo turno si terrà due settimane dopo.",
        "+Il sindaco uscente, al secondo mandato, non può ricandidarsi.",
        "+Nei prossimi giorni il candidato presenterà la squadra e le liste che lo sosterranno.",
        "+Tra i temi della campagna elettorale ci saranno anche il nuovo ospedale e il destino dell'ex area industriale lungo l'Adda.",
        _GDV_GNEWS,
        _GDV_RIPRO,
        _GDV_PIULETTI,
        ["-Ospedale di Chiavenna, chiude il punto nascita", "-Frana sulla statale 38, la valle resta isolata"],
        _GDV_FOOT,
    ),
    _page(
        "it_quotidiano_locale_4",
        _GDV_CONSENT,
        _GDV_HEAD,
        "+Caro energia, le aziende della valle tagliano i turni",
        ["-di Marco Della Vedova", "-20 febbraio 2026 07:30"],
        _GDV_GNEWS,
        "+Il rincaro delle bollette torna a pesare sulle imprese della provincia. Secondo un'indagine di Confindustria locale, un'azienda manifatturiera su tre ha ridotto i turni di lavoro nell'ultimo trimestre.",
        "+Le più colpite sono le fonderie e le aziende della lavorazione del legno, che consumano grandi quantità di energia.",
        "+In alcune aziende la produzione è stata concentrata su quattro giorni alla settimana per ridurre i consumi.",
        "+«Con questi prezzi produrre di notte non conviene più», spiega il titolare di una segheria di Talamona che dà lavoro a 45 persone.",
        "+Alcune imprese stanno valutando di spostare parte della produzione all'estero, dove l'energia costa meno.",
        "+Anche gli artigiani lamentano difficoltà: molti panificatori hanno già aumentato il prezzo del pane.",
        "-Leggi anche: Bollette, cosa cambia da marzo per le famiglie",
        "+I sindacati chiedono un tavolo in prefettura e il ricorso alla cassa integrazione per evitare licenziamenti.",
        "+La Camera di commercio ha stanziato un fondo da 800 mila euro per finanziare impianti fotovoltaici nelle piccole imprese.",
        "+Il presidente della Provincia ha annunciato che porterà il tema all'attenzione del governo nel prossimo incontro a Roma.",
        "+Secondo l'indagine, il costo dell'energia rappresenta oggi in media il 12 per cento dei costi di produzione, contro il 4 per cento di cinque anni fa.",
        "+Confindustria chiede al governo di rinnovare il credito d'imposta per le imprese energivore, scaduto a fine anno.",
        _GDV_WHATSAPP,
        _GDV_RIPRO,
        _GDV_PIULETTI,
        ["-Elezioni comunali, il centrodestra ufficializza il candidato", "-Neve, riaprono gli impianti dell'Aprica"],
        _GDV_FOOT,
    ),
]


# ---------------------------------------------------------------------------------------------
# 7. pl_portal_komentarze: a Polish news portal with a busy comment section (Reklama, "Czytaj
#    także", consent, comment widgets with nicknames and votes, "Zgłoś naruszenie")
# ---------------------------------------------------------------------------------------------
_WP_HEAD = ["-Serwis Fakty24", "-Wiadomości", "-Kraj"]
_WP_REKLAMA = "-REKLAMA"
_WP_AUDIO = "-Posłuchaj artykułu"
_WP_FB = "-Dołącz do nas na Facebooku i bądź na bieżąco"
_WP_KOM_FORM = ["-Dodaj komentarz"]
_WP_ZGLOS = "-Zgłoś naruszenie"

_WP = [
    _page(
        "pl_portal_komentarze_1",
        _WP_HEAD,
        "+Sejm uchwalił ustawę o obniżce składki zdrowotnej. Opozycja: to prezent dla najbogatszych",
        ["-Oprac. Katarzyna Nowicka", "-12 marca 2026, 14:32"],
        _WP_AUDIO,
        "+Sejm przyjął w czwartek ustawę obniżającą składkę zdrowotną dla przedsiębiorców. Za głosowało 231 posłów, przeciw 204, a 8 wstrzymało się od głosu.",
        "+Według Ministerstwa Finansów zmiana obejmie około 2,5 miliona osób prowadzących działalność gospodarczą. Koszt dla Narodowego Funduszu Zdrowia oszacowano na 4,6 mld zł rocznie.",
        "+Obecnie przedsiębiorcy rozliczający się według skali podatkowej płacą 9 proc. dochodu, a liniowcy 4,9 proc. Po zmianach większość z nich zapłaci niższą, ryczałtową kwotę.",
        "+„Przywracamy sprawiedliwość, którą odebrał przedsiębiorcom Polski Ład” – mówił z mównicy minister finansów.",
        _WP_REKLAMA,
        "+Krytycy wskazują, że najwięcej zyskają najlepiej zarabiający, a ubytek w budżecie NFZ wydłuży kolejki do lekarzy.",
        "+Według wyliczeń ekonomistów przedsiębiorca zarabiający 30 tys. zł miesięcznie zaoszczędzi ponad 20 tys. zł rocznie, a osoba zarabiająca 6 tys. zł – kilkaset złotych.",
        "+Prezes NFZ przyznał w rozmowie z dziennikarzami, że fundusz będzie potrzebował dodatkowej dotacji z budżetu państwa.",
        "+„To prezent dla najbogatszych, za który zapłacą pacjenci” – ocenił jeden z posłów opozycji.",
        "+Ministerstwo Zdrowia zapewnia, że pieniądze na leczenie pacjentów nie zostaną zmniejszone.",
        "-Czytaj także: Kolejki do specjalistów. Na endokrynologa czeka się ponad rok",
        "+Ustawa trafi teraz do Senatu. Nie wiadomo, czy podpisze ją prezydent.",
        "+Prezydencki minister zapowiedział, że ustawa zostanie „dokładnie przeanalizowana”, i nie wykluczył weta.",
        "+Jeśli przepisy wejdą w życie, nowe zasady obowiązywałyby od 1 stycznia przyszłego roku.",
        _WP_FB,
        "-Komentarze (318)",
        _WP_KOM_FORM,
        ["-janek_z_lodzi", "-2 godz. temu", "-A kto zapłaci za szpitale? Jak zwykle etatowcy.", _WP_ZGLOS],
    ),
    _page(
        "pl_portal_komentarze_2",
        _WP_HEAD,
        "+Powódź na Dolnym Śląsku. Rząd zapowiada nowe zbiorniki retencyjne",
        ["-Oprac. Michał Zieliński", "-13 marca 2026, 09:05"],
        _WP_AUDIO,
        "+Rząd zapowiedział budowę pięciu nowych zbiorników retencyjnych na Dolnym Śląsku i w Opolskiem. Inwestycje mają kosztować łącznie 7 mld zł.",
        "+To odpowiedź na zeszłoroczną powódź, która zniszczyła tysiące domów w Kłodzku, Nysie i okolicznych gminach.",
        "+Minister infrastruktury przyznał, że część prac potrwa nawet dziesięć lat. „Nie obiecujemy cudów, ale obiecujemy, że zaczniemy” – powiedział.",
        "+Największy zbiornik ma powstać na Nysie Kłodzkiej. Jego budowa będzie wymagała wysiedlenia mieszkańców dwóch wsi.",
        _WP_REKLAMA,
        "+Samorządowcy z regionu przyjęli zapowiedź z ostrożnym optymizmem. Wskazują, że wiele rodzin nadal czeka na wypłatę odszkodowań.",
        "+Burmistrz Kłodzka podkreślił, że miasto wciąż odbudowuje zniszczone mosty i drogi. „Zbiorniki są ważne, ale ludzie potrzebują pomocy dziś” – mówił.",
        "+Według danych wojewody wnioski o pomoc złożyło ponad 40 tys. gospodarstw domowych.",
        "+Ekolodzy ostrzegają z kolei, że duże zbiorniki mogą zniszczyć cenne przyrodniczo doliny rzeczne, i postulują renaturyzację rzek.",
        "+Część zbiorników ma być tzw. suchymi polderami, które napełniają się wodą tylko podczas powodzi.",
        "+Według Wód Polskich pierwsze przetargi zostaną ogłoszone jeszcze w tym roku.",
        "+Zeszłoroczna powódź była największą w regionie od 1997 roku. Zginęło w niej dziewięć osób.",
        "+Rząd przypomina, że wnioski o zasiłki i dotacje na odbudowę domów można składać do końca czerwca.",
        _WP_FB,
        "-Komentarze (97)",
        _WP_KOM_FORM,
        ["-Ewa_K", "-5 godz. temu", "-Mieszkam w Nysie, do dziś nie dostaliśmy ani złotówki.", _WP_ZGLOS],
    ),
    _page(
        "pl_portal_komentarze_3",
        _WP_HEAD,
        "+Wybory prezydenckie. Nowy sondaż: dogrywka przesądzona",
        ["-Oprac. Katarzyna Nowicka", "-14 marca 2026, 18:50"],
        "+Żaden z kandydatów nie ma szans na zwycięstwo w pierwszej turze wyborów prezydenckich – wynika z najnowszego sondażu przeprowadzonego na zlecenie naszego serwisu.",
        "+Kandydat Koalicji Obywatelskiej może liczyć na 33 proc. głosów, a kandydat popierany przez Prawo i Sprawiedliwość na 27 proc.",
        "+Trzecie miejsce zajmuje kandydat Konfederacji z wynikiem 14 proc. Pozostali kandydaci nie przekraczają 5 proc.",
        "+W porównaniu z poprzednim badaniem sprzed miesiąca kandydat KO stracił 2 punkty procentowe, a kandydat PiS zyskał jeden.",
        "+W drugiej turze kandydat KO wygrywa z kandydatem PiS stosunkiem głosów 52 do 48 proc., ale różnica mieści się niemal w granicach błędu statystycznego.",
        _WP_REKLAMA,
        "+Aż 11 proc. ankietowanych nie wie jeszcze, na kogo odda głos.",
        "+Najwięcej niezdecydowanych jest wśród najmłodszych wyborców, w grupie od 18 do 29 lat.",
        "+Deklarowana frekwencja wynosi 67 proc., czyli nieco mniej niż przed pięcioma laty.",
        "+Politolodzy zwracają uwagę, że o wyniku drugiej tury mogą zdecydować wyborcy Konfederacji.",
        "+Sztaby obu głównych kandydatów już zabiegają o ich głosy, zapowiadając między innymi obniżki podatków.",
        "-Czytaj także: Debata prezydencka. Kiedy i gdzie ją obejrzeć?",
        "+Badanie przeprowadzono metodą CATI i CAWI na próbie 1000 dorosłych Polaków w dniach 10–12 marca.",
        "+Pierwsza tura wyborów odbędzie się 17 maja, a ewentualna druga tura dwa tygodnie później.",
        _WP_FB,
        "-Komentarze (1 204)",
        _WP_KOM_FORM,
        ["-patriota_1989", "-12 min. temu", "-Sondaże jak zwykle kłamią.", _WP_ZGLOS],
    ),
    _page(
        "pl_portal_komentarze_4",
        _WP_HEAD,
        "+Ceny prądu od lipca. Rachunki wzrosną nawet o 20 procent",
        ["-Oprac. Michał Zieliński", "-16 marca 2026, 07:15"],
        _WP_AUDIO,
        "+Od lipca rachunki za prąd w wielu gospodarstwach domowych mogą wzrosnąć nawet o jedną piątą. Powodem jest koniec zamrożenia cen energii.",
        "+Urząd Regulacji Energetyki zatwierdził nowe taryfy dla czterech największych sprzedawców. Średnia cena wyniesie ok. 62 gr za kilowatogodzinę netto.",
        "+Dla typowej rodziny zużywającej 2000 kWh rocznie oznacza to wzrost rachunku o ok. 15 zł miesięcznie.",
        "+Najbardziej odczują to gospodarstwa ogrzewające domy prądem, na przykład pompami ciepła. W ich przypadku podwyżka może sięgnąć kilkuset złotych rocznie.",
        "+URE tłumaczy, że nowe taryfy są niższe niż ceny sprzed zamrożenia, bo ceny hurtowe energii w ostatnich miesiącach spadły.",
        _WP_REKLAMA,
        "+Rząd zapowiada bon energetyczny dla najuboższych, ale szczegóły mają być znane dopiero w maju.",
        "+Z bonu mają skorzystać gospodarstwa jednoosobowe o dochodzie poniżej 2500 zł netto miesięcznie i wieloosobowe poniżej 1700 zł na osobę.",
        "+Opozycja zarzuca rządowi, że zbyt późno poinformował Polaków o podwyżkach.",
        "+Eksperci radzą, by sprawdzić, czy nie opłaca się przejść na taryfę dynamiczną lub zainstalować fotowoltaikę z magazynem energii.",
        "+Warto też porównać oferty sprzedawców, bo różnice w cenach sięgają kilkunastu procent.",
        "-Czytaj także: Bon energetyczny 2026. Kto może złożyć wniosek?",
        "+Przedsiębiorcy już wcześniej płacili rynkowe stawki za energię.",
        "+Zamrożenie cen wprowadzono w 2023 roku w odpowiedzi na gwałtowny wzrost cen energii po rosyjskiej inwazji na Ukrainę.",
        _WP_FB,
        "-Komentarze (642)",
        _WP_KOM_FORM,
        ["-emeryt_z_Radomia", "-wczoraj", "-Za co mam żyć? Emerytura 1900 zł.", _WP_ZGLOS],
    ),
]


# ---------------------------------------------------------------------------------------------
# 8. ru_telegram_zerkalo: a Russian-language Telegram channel mirrored to the web (channel header
#    with subscriber count, view counters, donation appeal, ad-marking line with erid, "open in
#    Telegram" prompts, reactions)
# ---------------------------------------------------------------------------------------------
_TG_HEAD = ["-Обратная сторона | Политика и экономика", "-@obratnaya_storona"]
_TG_SUB = "-Подписаться"
_TG_OPEN = "-Открыть в Telegram"
_TG_DONATE = "-Канал существует на ваши пожертвования. Поддержать: boosty.to/obratnaya_storona"
_TG_PREVIEW = "-Вы просматриваете веб-версию канала. Чтобы оставить комментарий, откройте Telegram."

_TG = [
    _page(
        "ru_telegram_zerkalo_1",
        _TG_HEAD,
        "-148 тыс. подписчиков",
        _TG_SUB,
        "+Почему бюджет снова в дефиците и кто за это заплатит",
        "+Минфин опубликовал данные об исполнении федерального бюджета за январь–февраль. Дефицит составил 1,7 трлн рублей — это уже больше половины того, что запланировано на весь год.",
        "+Главная причина — падение нефтегазовых доходов. Цена российской нефти Urals в феврале держалась ниже 60 долларов за баррель, а крепкий рубль дополнительно сократил поступления в рублях.",
        "+По сравнению с тем же периодом прошлого года нефтегазовые доходы упали почти на четверть.",
        "+Расходы при этом растут: оборона, выплаты военнослужащим, субсидии регионам. Сокращать их правительство не собирается.",
        "+Доля оборонных расходов в бюджете этого года превышает 30%, и это больше, чем расходы на образование, здравоохранение и социальную политику вместе взятые.",
        "+Что остаётся? Повышать налоги, занимать на внутреннем рынке или тратить Фонд национального благосостояния. Скорее всего, будет всё сразу.",
        "+Уже обсуждается повышение НДС на 2 процентных пункта. Официально это отрицают, но так же отрицали и прошлогоднее повышение НДФЛ.",
        "+Ещё один вариант — новые «добровольные» взносы крупного бизнеса, как это уже было с компаниями, получившими сверхприбыль.",
        "+Вывод простой: платить за дефицит будут потребители — через налоги и через инфляцию.",
        "+Отдельный вопрос — Фонд национального благосостояния. Его ликвидная часть за три года сократилась более чем вдвое, и запас прочности уже не тот, что раньше.",
        ["-👁 87.4K", "-09:14"],
        "-👍 1.2K 🔥 340 😢 95",
        _TG_OPEN,
        _TG_PREVIEW,
    ),
    _page(
        "ru_telegram_zerkalo_2",
        _TG_HEAD,
        "-148 тыс. подписчиков",
        _TG_SUB,
        ["-Реклама. ООО «Финпрогресс», ИНН 7701234567", "-erid: 2SDnjcKxA1b"],
        "-Хотите разобраться в инвестициях за 10 дней? Бесплатный курс — по ссылке.",
        "+Выборы в Мосгордуму: что показывает явка",
        "+Итоговая явка на выборах в Московскую городскую думу составила 31,4%. Из них почти две трети проголосовали онлайн.",
        "+Электронное голосование, которое в 2019 году было экспериментом, стало основным способом голосования в Москве. При этом проверить результаты независимые наблюдатели по-прежнему не могут.",
        "+Против онлайн-голосования давно выступают не только оппозиционные политики, но и часть системных партий, включая КПРФ.",
        "+Сам онлайн-процесс выглядит удобно: проголосовать можно за пару минут с телефона. Но именно поэтому, говорят критики, на работников бюджетной сферы проще оказывать давление.",
        "+Все 45 округов выиграли кандидаты, поддержанные мэрией. В нескольких округах независимые кандидаты вели по итогам подсчёта бумажных бюллетеней, но проиграли после добавления онлайн-голосов.",
        "+Наблюдатели от нескольких партий сообщили, что их не допустили к просмотру данных системы электронного голосования в режиме реального времени.",
        "+Такая же картина была и на прошлых выборах. Тогда оппозиция требовала опубликовать данные онлайн-голосования, но их так и не раскрыли.",
        "+Избирком заявил, что нарушений, способных повлиять на итоги, не выявлено.",
        "+Независимые кандидаты собираются обжаловать итоги в суде, но шансы на успех, по опыту прошлых лет, минимальны.",
        ["-👁 64.1K", "-21:40"],
        "-👍 870 🤡 410",
        _TG_DONATE,
        _TG_OPEN,
        _TG_PREVIEW,
    ),
    _page(
        "ru_telegram_zerkalo_3",
        _TG_HEAD,
        "-149 тыс. подписчиков",
        _TG_SUB,
        "+Ключевую ставку оставили без изменений. Что дальше",
        "+Банк России сохранил ключевую ставку на уровне 21% годовых. Рынок ждал именно этого решения.",
        "+В пресс-релизе регулятор отметил, что инфляция замедляется, но остаётся высокой: годовая инфляция в феврале составила 9,2%.",
        "+Рост цен замедлился прежде всего на продовольствие и непродовольственные товары. Услуги дорожают так же быстро, как и раньше.",
        "+Главное в сообщении — сигнал о будущем. ЦБ допустил снижение ставки «на одном из ближайших заседаний», если замедление цен продолжится.",
        "+Аналитики обращают внимание, что из релиза исчезла фраза о возможном повышении ставки, которая была в нём последние полгода.",
        "+Для заёмщиков это значит, что ипотека и потребительские кредиты подешевеют не раньше лета. Для вкладчиков — что высокие ставки по депозитам продержатся ещё несколько месяцев.",
        "+Бизнес, который уже больше года жалуется на дорогие кредиты, этим решением вряд ли будет доволен.",
        "+Следующее заседание совета директоров ЦБ — 25 апреля.",
        "+Если до него не произойдёт ничего неожиданного, рынок будет ждать снижения как минимум на 1 процентный пункт.",
        ["-👁 102K", "-13:31"],
        "-👍 2.4K 🔥 120",
        _TG_DONATE,
        _TG_OPEN,
        _TG_PREVIEW,
    ),
    _page(
        "ru_telegram_zerkalo_4",
        _TG_HEAD,
        "-149 тыс. подписчиков",
        _TG_SUB,
        "-Переслано из: Экономика без паники",
        "+Регионы сокращают выплаты многодетным",
        "+Как минимум семь регионов с начала года урезали или отменили региональные выплаты многодетным семьям. Об этом говорят данные, собранные из постановлений региональных правительств.",
        "+Где-то пособие перестали индексировать, где-то ужесточили критерии нуждаемости, а где-то выплату просто отменили, объяснив это «оптимизацией расходов».",
        "+В одном из регионов, например, выплату на третьего ребёнка теперь получают только семьи с доходом ниже прожиточного минимума.",
        "+Причина — долги регионов. Совокупный дефицит региональных бюджетов в прошлом году превысил 1 трлн рублей, а федеральный центр помогает всё меньше.",
        "+Больше всего сокращений в регионах, где высока доля расходов на поддержку участников военных действий и их семей: эти выплаты считаются приоритетными.",
        "+Формально демография остаётся национальным приоритетом. На практике первыми под сокращение попадают именно социальные статьи.",
        "+Федеральный центр при этом продолжает требовать от регионов выполнения показателей по рождаемости, за которые губернаторов оценивают в Кремле.",
        "+Пострадают прежде всего семьи в небогатых регионах, где региональная выплата могла составлять заметную часть дохода.",
        "+При этом федеральные программы — материнский капитал и единое пособие — пока не затронуты. Но и их индексация в этом году оказалась ниже инфляции.",
        ["-👁 55.9K", "-18:02"],
        "-😢 1.1K 👍 300",
        _TG_OPEN,
        _TG_PREVIEW,
    ),
    _page(
        "ru_telegram_zerkalo_5",
        _TG_HEAD,
        "-150 тыс. подписчиков",
        _TG_SUB,
        ["-Реклама. ООО «Финпрогресс», ИНН 7701234567", "-erid: 2SDnjcKyP7q"],
        "-Хотите разобраться в инвестициях за 10 дней? Бесплатный курс — по ссылке.",
        "+Переговоры в Стамбуле: чего ждать",
        "+Делегации России и Украины снова встречаются в Стамбуле. Это третий раунд переговоров за два месяца.",
        "+Повестка скромная: обмен пленными, возвращение тел погибших, возможно — договорённость о прекращении ударов по энергетике.",
        "+Технические группы работали в Стамбуле с понедельника, готовя списки для обмена.",
        "+О перемирии или тем более о мирном соглашении речь пока не идёт. Позиции сторон по территориям по-прежнему несовместимы.",
        "+Украинскую делегацию снова возглавляет министр обороны, российскую — помощник президента, который руководил и предыдущими раундами.",
        "+Турция рассчитывает сохранить роль главной площадки для контактов, и Анкара уже предложила провести следующий раунд на уровне министров.",
        "+В США встречу назвали «полезной», но от оценок её возможных результатов в Вашингтоне воздержались.",
        "+Если встреча закончится очередным обменом пленными, это уже можно будет считать результатом. Большего от неё, судя по всему, не ждёт никто.",
        ["-👁 120K", "-11:05"],
        "-👍 3.1K 🙏 700",
        _TG_DONATE,
        _TG_OPEN,
        _TG_PREVIEW,
    ),
]


# ---------------------------------------------------------------------------------------------
# TRAP 1. en_trap_weekly_column: a columnist's weekly newsletter-column. Every post opens with the
# same standfirst the author writes, uses the same four section subheadings, and closes with the
# same signature paragraph (a stock argument). All of that is the column's own text (+). The
# platform adds share/subscribe widgets (-).
# ---------------------------------------------------------------------------------------------
_COL_STANDFIRST = "+Every Friday I take one number from the week's news and ask what it means for the people who will pay for it."
_COL_H1 = "+The number"
_COL_H2 = "+Why it matters"
_COL_H3 = "+Who wins, who loses"
_COL_H4 = "+What to watch next week"
_COL_SIGNOFF = "+As always: a budget is not a spreadsheet, it is a list of promises, and the only way to know which promises a government means to keep is to follow the money. Read it that way."
_COL_TOP = ["-The Ledger by Nora Quill", "-Sign in"]
_COL_SHARE = ["-Share", "-Leave a comment"]
_COL_SUB = ["-Type your email...", "-Subscribe"]
_COL_FOOT = "-© 2026 Nora Quill · Privacy · Terms · Collection notice"

_COL = [
    _page(
        "en_trap_weekly_column_1",
        _COL_TOP,
        "+$4.2 billion: the cost of the highway nobody asked for",
        ["-Nora Quill", "-Jan 9, 2026", "-∙ Paid"],
        _COL_SHARE,
        _COL_STANDFIRST,
        _COL_H1,
        "+This week the state transportation department confirmed that the Route 17 bypass will cost $4.2 billion, up from the $2.6 billion estimate the governor announced two years ago.",
        _COL_H2,
        "+That is more than the state spends on community colleges in three years. It is also money that will not be available for bridge repairs, which the department's own engineers have called urgent.",
        _COL_H3,
        "+The winners are easy to name: the construction firms, and the two suburban districts whose commuters will save about eight minutes a day. The losers are the rural counties whose bridges will wait another decade.",
        _COL_H4,
        "+The legislature's transportation committee holds its first hearing on the revised budget on Tuesday. Watch whether anyone asks where the extra $1.6 billion will come from.",
        _COL_SIGNOFF,
        _COL_SUB,
        _COL_FOOT,
    ),
    _page(
        "en_trap_weekly_column_2",
        _COL_TOP,
        "+17%: the teacher pay raise that isn't",
        ["-Nora Quill", "-Jan 16, 2026"],
        _COL_SHARE,
        _COL_STANDFIRST,
        _COL_H1,
        "+The governor's budget promises teachers a 17% raise over four years. It is the headline of every press release the administration has sent this month.",
        _COL_H2,
        "+Spread over four years and measured against expected inflation, the raise is worth about 3% in real terms. And it is funded for only the first two years; the rest depends on revenue growth that the state's own forecasters call optimistic.",
        "+Districts will also have to cover part of the cost themselves, which many of them cannot do without cutting other staff.",
        _COL_H3,
        "+Teachers in wealthy districts will see the full raise. Teachers in poor districts may see half of it, or none, if their boards cannot find the matching funds.",
        _COL_H4,
        "+The teachers' union votes on whether to endorse the budget on Thursday. Its leadership has been noticeably quiet.",
        _COL_SIGNOFF,
        _COL_SUB,
        _COL_FOOT,
    ),
    _page(
        "en_trap_weekly_column_3",
        _COL_TOP,
        "+0: the number of new inspectors in the food safety plan",
        ["-Nora Quill", "-Jan 23, 2026"],
        _COL_SHARE,
        _COL_STANDFIRST,
        _COL_H1,
        "+After last autumn's listeria outbreak, which killed four people and sickened more than sixty, the governor promised a \"top-to-bottom overhaul\" of food safety. The plan released this week contains zero new inspector positions.",
        _COL_H2,
        "+The state has 41 food inspectors for roughly 19,000 licensed facilities. At that rate, the average plant is inspected less than once every two years.",
        _COL_H3,
        "+The plan does fund a new online complaint portal and a public awareness campaign, both run by outside contractors. Consumers get a website; the contractors get the money.",
        _COL_H4,
        "+The agriculture committee's chair has said she will propose an amendment adding 25 inspectors. Watch whether leadership lets it come to a vote.",
        _COL_SIGNOFF,
        "-3 Likes ∙ 1 Restack",
        _COL_SUB,
        _COL_FOOT,
    ),
    _page(
        "en_trap_weekly_column_4",
        _COL_TOP,
        "+$310 million: the prison contract signed on a Friday night",
        ["-Nora Quill", "-Jan 30, 2026"],
        _COL_SHARE,
        _COL_STANDFIRST,
        _COL_H1,
        "+At 6:45 p.m. last Friday, the corrections department signed a $310 million, ten-year contract for prison health care with a company that was fined in two other states for understaffing.",
        _COL_H2,
        "+The contract was not competitively bid. The department used an emergency procurement rule that allows it to skip bidding when there is an \"imminent threat\" to health or safety.",
        "+The previous contract had been due to expire for eighteen months. An emergency that has been on the calendar for a year and a half is not an emergency.",
        _COL_H3,
        "+The company's lobbyists, who gave generously to both parties last year, are winners. Inmates, and the taxpayers who will pay for the lawsuits, are not.",
        _COL_H4,
        "+The state auditor has said she is \"reviewing\" the contract. Her office publishes its findings on the first of each month.",
        _COL_SIGNOFF,
        _COL_SUB,
        _COL_FOOT,
    ),
]


# ---------------------------------------------------------------------------------------------
# TRAP 2. fr_trap_depeche_reprise: a French regional site that republishes one wire story three
# times (first version, updated version with a new figure and an added paragraph, a trimmed
# version under another title in another section), plus two other articles, one of which reuses
# the wire's identical background paragraph. All copies are article text (+). The site adds its
# own template (-).
# ---------------------------------------------------------------------------------------------
_CDC_HEAD = ["-Le Courrier de Seine", "-Mon compte"]
_CDC_NEWS = "-Recevez chaque matin l'essentiel de l'actualité de votre département : inscrivez-vous à notre newsletter."
_CDC_AIMEZ = "-Vous aimerez aussi"
_CDC_FOOT = ["-Le Courrier de Seine - Tous droits réservés", "-Paramétrer les cookies"]

_W_BACKGROUND = "+En septembre 2019, l'incendie de l'usine Lubrizol à Rouen avait provoqué un gigantesque panache de fumée noire long de 22 kilomètres et suscité une vive inquiétude parmi les habitants de l'agglomération."
_W_P1 = "+Un incendie s'est déclaré dans la nuit de mardi à mercredi dans un entrepôt d'une usine chimique classée Seveso à Petit-Couronne, au sud de Rouen, a indiqué la préfecture de Seine-Maritime."
_W_P2 = "+Le feu, qui a pris vers 2 h 30 dans un bâtiment de stockage de produits d'emballage, a été maîtrisé en début de matinée par une centaine de sapeurs-pompiers."
_W_P3a = "+Les premières mesures de la qualité de l'air n'ont pas révélé de danger pour la population, selon la préfecture, qui a toutefois demandé aux habitants des communes voisines d'éviter les activités en extérieur."
_W_P3b = "+Les mesures de la qualité de l'air réalisées dans la matinée n'ont pas révélé de danger pour la population, selon la préfecture, qui a levé en fin de matinée sa recommandation d'éviter les activités en extérieur."
_W_P4 = "+Aucun blessé n'est à déplorer. Les causes de l'incendie ne sont pas encore connues et une enquête a été ouverte."
_W_P7 = "+Le site, qui emploie environ 250 personnes, fabrique des additifs pour l'industrie automobile et les peintures."
_W_P5 = "+« Il n'y a pas eu de propagation aux zones où sont stockés des produits dangereux », a assuré le directeur du site lors d'un point presse."
_W_P6 = "+Plusieurs associations de riverains ont demandé la publication rapide et complète des résultats des prélèvements."

_CDC = [
    _page(
        "fr_trap_depeche_reprise_1",
        _CDC_HEAD,
        "+Incendie dans une usine Seveso près de Rouen : pas de danger pour la population, selon la préfecture",
        ["-Faits divers", "-Publié le 04/02/2026 à 07h58"],
        _W_P1,
        _W_P2,
        _W_P3a,
        _W_P4,
        _W_P7,
        _W_BACKGROUND,
        _CDC_NEWS,
        _CDC_AIMEZ,
        ["-Rouen : un cycliste grièvement blessé boulevard de l'Europe", "-Météo : un épisode de gel attendu cette semaine"],
        _CDC_FOOT,
    ),
    _page(
        "fr_trap_depeche_reprise_2",
        _CDC_HEAD,
        "+Incendie à Petit-Couronne : la préfecture lève ses recommandations",
        ["-Faits divers", "-Publié le 04/02/2026 à 07h58", "-Mis à jour le 04/02/2026 à 13h20"],
        _W_P1,
        _W_P2,
        _W_P3b,
        _W_P4,
        _W_P7,
        _W_P5,
        _W_P6,
        _W_BACKGROUND,
        _CDC_NEWS,
        _CDC_AIMEZ,
        ["-Météo : un épisode de gel attendu cette semaine", "-Municipales : la liste d'union de la gauche dévoilée à Elbeuf"],
        _CDC_FOOT,
    ),
    _page(
        "fr_trap_depeche_reprise_3",
        _CDC_HEAD,
        "+Seine-Maritime : un entrepôt d'usine chimique en feu, l'air sous surveillance",
        ["-Environnement", "-Publié le 04/02/2026 à 15h05"],
        _W_P1,
        _W_P2,
        _W_P3b,
        _W_P5,
        _W_BACKGROUND,
        "+Le préfet doit tenir une réunion d'information avec les maires des communes concernées jeudi.",
        _W_P7,
        _CDC_AIMEZ,
        ["-Rouen : un cycliste grièvement blessé boulevard de l'Europe", "-Incendie à Petit-Couronne : la préfecture lève ses recommandations"],
        _CDC_FOOT,
    ),
    _page(
        "fr_trap_depeche_reprise_4",
        _CDC_HEAD,
        "+Lubrizol : la cour d'appel confirme la condamnation de l'industriel",
        ["-Justice", "-Publié le 06/02/2026 à 16h40"],
        "+La cour d'appel de Rouen a confirmé jeudi la condamnation de la société Lubrizol à une amende de 4 millions d'euros pour des manquements à la réglementation environnementale.",
        "+La société était poursuivie pour avoir laissé s'accumuler des produits inflammables dans des zones insuffisamment protégées.",
        "+En première instance, le tribunal avait estimé que l'entreprise avait « failli à son obligation de vigilance ».",
        _W_BACKGROUND,
        "+Les parties civiles, parmi lesquelles des associations de victimes et des agriculteurs, ont salué une décision « attendue depuis six ans ».",
        "+L'avocat de l'industriel a indiqué que son client étudiait la possibilité d'un pourvoi en cassation.",
        "+Un volet pénal distinct, portant sur les conséquences sanitaires de l'incendie, est toujours en cours d'instruction.",
        "+Plus de 1 500 personnes et entreprises s'étaient constituées parties civiles dans ce dossier.",
        _CDC_NEWS,
        _CDC_AIMEZ,
        ["-Incendie à Petit-Couronne : la préfecture lève ses recommandations", "-Le Havre : le port enregistre un trafic record"],
        _CDC_FOOT,
    ),
    _page(
        "fr_trap_depeche_reprise_5",
        _CDC_HEAD,
        "+Municipales à Elbeuf : la gauche présente une liste d'union",
        ["-Politique", "-Publié le 07/02/2026 à 10h12", "-Par Julien Marchetti"],
        "+La gauche elbeuvienne partira unie aux élections municipales de mars. Socialistes, écologistes, communistes et insoumis ont présenté samedi une liste commune.",
        "+Elle sera conduite par une conseillère départementale de 46 ans, infirmière de profession, qui avait créé la surprise en remportant son canton en 2021.",
        "+« Nous avons mis nos différences de côté parce que l'essentiel, c'est la ville », a-t-elle déclaré devant une centaine de militants.",
        "+Le maire sortant, divers droite, n'a pas encore annoncé s'il briguerait un nouveau mandat.",
        "+Aux municipales de 2020, il avait été élu au second tour avec moins de 300 voix d'avance.",
        "+Le Rassemblement national, arrivé en tête dans la commune lors des dernières élections européennes, doit présenter son candidat la semaine prochaine.",
        "+Le premier tour des élections municipales aura lieu le 15 mars.",
        _CDC_NEWS,
        _CDC_AIMEZ,
        ["-Lubrizol : la cour d'appel confirme la condamnation de l'industriel", "-Météo : un épisode de gel attendu cette semaine"],
        _CDC_FOOT,
    ),
]


# ---------------------------------------------------------------------------------------------
# TRAP 3. de_trap_wahl_tabellen: a German regional site's coverage of one state election over a
# week. The articles share, as their own text (+), the same result list and seat table (repeated in
# each daily update), the same colon-headed list intros, the same coalition-arithmetic lines, and
# the same quoted official statement of the state returning officer. The site adds template (-).
# ---------------------------------------------------------------------------------------------
_SWK_HEAD = ["-Südwest-Kurier", "-Region", "-Politik", "-E-Paper"]
_SWK_LISTEN = "-Artikel anhören"
_SWK_MEHR = "-Mehr aus Baden-Württemberg"
_SWK_FOOT = ["-Impressum | Datenschutz | Cookie-Einstellungen", "-© Südwest-Kurier Mediengruppe"]

_SEATS_INTRO = "+Die Sitzverteilung im neuen Landtag (120 Sitze):"
_SEATS = [
    "+CDU: 42 Sitze",
    "+AfD: 30 Sitze",
    "+Grüne: 24 Sitze",
    "+SPD: 16 Sitze",
    "+FDP: 8 Sitze",
]
_RESULT_INTRO = "+Das Ergebnis im Überblick:"
_RESULT = [
    "+CDU: 31,2 Prozent",
    "+AfD: 22,4 Prozent",
    "+Grüne: 17,9 Prozent",
    "+SPD: 12,1 Prozent",
    "+FDP: 5,9 Prozent",
    "+Linke: 4,6 Prozent",
    "+Sonstige: 5,9 Prozent",
]
_RUF_QUOTE = "+„Die Wahl ist ordnungsgemäß verlaufen. Es gibt keine Hinweise auf Unregelmäßigkeiten, die das Ergebnis beeinflussen könnten“, erklärte Landeswahlleiterin Cornelia Ruf."
_OPTIONS_INTRO = "+Rechnerisch möglich sind diese Bündnisse (Mehrheit: 61 Sitze):"
_OPTIONS = [
    "+CDU und Grüne: 66 Sitze",
    "+CDU, SPD und FDP: 66 Sitze",
    "+CDU und AfD: 72 Sitze (von allen Parteien ausgeschlossen)",
]

_SWK = [
    _page(
        "de_trap_wahl_tabellen_1",
        _SWK_HEAD,
        "+Landtagswahl: CDU klar vorn, AfD auf Platz zwei",
        ["-22.03.2026, 22:48 Uhr", "-Lesezeit: 3 Min."],
        _SWK_LISTEN,
        "+Die CDU hat die Landtagswahl in Baden-Württemberg klar gewonnen. Nach dem vorläufigen Ergebnis kommt sie auf 31,2 Prozent der Stimmen. Die AfD wird mit 22,4 Prozent zweitstärkste Kraft.",
        "+Die Grünen, die das Land 15 Jahre lang regiert hatten, stürzen auf 17,9 Prozent ab. Die SPD erreicht 12,1 Prozent, die FDP schafft mit 5,9 Prozent knapp den Wiedereinzug. Die Linke scheitert an der Fünf-Prozent-Hürde.",
        _RESULT_INTRO,
        _RESULT,
        "+Die Wahlbeteiligung lag bei 68,4 Prozent und damit deutlich höher als 2021.",
        _RUF_QUOTE,
        "+CDU-Spitzenkandidat Manuel Hagen sprach von einem „klaren Auftrag zur Regierungsbildung“. Er kündigte an, mit Grünen und SPD Gespräche zu führen.",
        _SEATS_INTRO,
        _SEATS,
        _SWK_MEHR,
        ["-Stuttgart: Neue Stadtbahnlinie verzögert sich", "-Wetter: Frühlingshafte Temperaturen am Wochenende"],
        _SWK_FOOT,
    ),
    _page(
        "de_trap_wahl_tabellen_2",
        _SWK_HEAD,
        "+Amtliches Endergebnis bestätigt: Grüne verlieren alle Direktmandate in Stuttgart",
        ["-23.03.2026, 16:12 Uhr", "-Lesezeit: 2 Min."],
        _SWK_LISTEN,
        "+Die Landeswahlleiterin hat am Montag das vorläufige amtliche Endergebnis der Landtagswahl bekanntgegeben. Es weicht nur minimal von den Zahlen des Wahlabends ab.",
        "+Auffällig ist der Einbruch der Grünen in den Großstädten. In Stuttgart verloren sie alle vier Direktmandate, die sie 2021 noch gewonnen hatten, drei davon an die CDU.",
        _RESULT_INTRO,
        _RESULT,
        _RUF_QUOTE,
        "+Der neue Landtag ist kleiner als der alte, weil nach der Wahlrechtsreform weniger Überhang- und Ausgleichsmandate anfallen.",
        _SEATS_INTRO,
        _SEATS,
        "+Die konstituierende Sitzung des Landtags ist für den 12. Mai geplant.",
        "-Teilen",
        _SWK_MEHR,
        ["-Heilbronn: Großbrand in Lagerhalle", "-Stuttgart: Neue Stadtbahnlinie verzögert sich"],
        _SWK_FOOT,
    ),
    _page(
        "de_trap_wahl_tabellen_3",
        _SWK_HEAD,
        "+Sondierungen beginnen: Hagen trifft zuerst die Grünen",
        ["-25.03.2026, 09:30 Uhr", "-Lesezeit: 3 Min."],
        _SWK_LISTEN,
        "+Drei Tage nach der Landtagswahl beginnen in Stuttgart die Sondierungsgespräche. Wahlsieger Manuel Hagen trifft am Mittwochnachmittag zuerst die Spitze der Grünen, am Donnerstag folgen SPD und FDP.",
        "+Für eine Mehrheit braucht die CDU einen oder zwei Partner.",
        _SEATS_INTRO,
        _SEATS,
        _OPTIONS_INTRO,
        _OPTIONS,
        "+In der CDU gibt es Sympathien für ein Bündnis mit SPD und FDP, das in der Wirtschaftspolitik mehr Gemeinsamkeiten verspricht. Allerdings hätte es nur eine knappe Mehrheit von fünf Stimmen.",
        "+Die Grünen zeigen sich nach ihrer Niederlage gesprächsbereit. „Wir laufen nicht weg, aber wir sind auch nicht billig zu haben“, sagte die Landesvorsitzende.",
        "+Die AfD kritisierte, dass sie zu keinem Gespräch eingeladen wurde, und sprach von einer „Missachtung des Wählerwillens“.",
        _RUF_QUOTE,
        _SWK_MEHR,
        ["-Amtliches Endergebnis bestätigt: Grüne verlieren alle Direktmandate in Stuttgart", "-Heilbronn: Großbrand in Lagerhalle"],
        _SWK_FOOT,
    ),
    _page(
        "de_trap_wahl_tabellen_4",
        _SWK_HEAD,
        "+CDU-Vorstand empfiehlt Koalitionsverhandlungen mit den Grünen",
        ["-28.03.2026, 18:05 Uhr", "-Lesezeit: 2 Min."],
        "+Die Entscheidung ist gefallen: Der CDU-Landesvorstand hat am Samstag einstimmig empfohlen, Koalitionsverhandlungen mit den Grünen aufzunehmen.",
        "+Ausschlaggebend sei die stabilere Mehrheit gewesen, sagte Hagen. Ein Dreierbündnis mit SPD und FDP sei „zu wackelig für fünf schwierige Jahre“.",
        _OPTIONS_INTRO,
        _OPTIONS,
        "+Die Grünen wollen am Montag auf einem kleinen Parteitag über die Aufnahme der Verhandlungen abstimmen. Die Parteijugend hat bereits Widerstand angekündigt.",
        "+Streitpunkte dürften die Verkehrspolitik und der Ausbau der Windkraft werden.",
        _SEATS_INTRO,
        _SEATS,
        "+Ein Koalitionsvertrag soll nach dem Willen beider Seiten bis Ende April stehen.",
        _SWK_MEHR,
        ["-Sondierungen beginnen: Hagen trifft zuerst die Grünen", "-Wetter: Frühlingshafte Temperaturen am Wochenende"],
        _SWK_FOOT,
    ),
    _page(
        "de_trap_wahl_tabellen_5",
        _SWK_HEAD,
        "+Analyse: Warum die Grünen ihre Hochburgen verloren",
        ["-30.03.2026, 06:00 Uhr", "-Von Birgit Wallner", "-Lesezeit: 4 Min."],
        _SWK_LISTEN,
        "+Eine Woche nach der Landtagswahl zeigen die Wählerwanderungen, wie tief der Absturz der Grünen reicht. Nach Daten der Forschungsgruppe Wahlen verloren sie rund 180.000 Stimmen an die CDU und fast 90.000 an die SPD.",
        "+Noch deutlicher ist der Einbruch bei den jungen Wählern, die 2021 zu ihrer treuesten Basis gehört hatten.",
        "+Stimmenanteile bei den 18- bis 24-Jährigen:",
        ["+CDU: 22 Prozent", "+AfD: 19 Prozent", "+Grüne: 14 Prozent", "+Linke: 13 Prozent", "+SPD: 11 Prozent"],
        "+Zum Vergleich das Gesamtergebnis:",
        _RESULT_INTRO,
        _RESULT,
        "+Parteienforscher sehen mehrere Ursachen: den Abgang des langjährigen Ministerpräsidenten, den Streit um das Heizungsgesetz im Bund und einen Wahlkampf, der sich fast ausschließlich um Wirtschaft und Migration drehte.",
        "+Für die Regierungsbildung ändert das wenig. Die Arithmetik bleibt dieselbe wie am Wahlabend.",
        _OPTIONS_INTRO,
        _OPTIONS,
        "+Ob die Grünen in einer Koalition als Juniorpartner wieder Tritt fassen können, ist offen. In anderen Ländern hat die Rolle des kleineren Partners den Grünen eher geschadet.",
        _SWK_MEHR,
        ["-CDU-Vorstand empfiehlt Koalitionsverhandlungen mit den Grünen", "-Heilbronn: Großbrand in Lagerhalle"],
        _SWK_FOOT,
    ),
]


SITE_BATCHES: dict[str, tuple[str, list[NoisyCase]]] = {
    "en_regional_courier": ("en", _HVC),
    "en_wire_aggregator": ("en", _NBW),
    "en_thinktank_blog": ("en", _CPR),
    "fr_radio_publique": ("fr", _RFR),
    "de_boulevard": ("de", _TB),
    "it_quotidiano_locale": ("it", _GDV),
    "pl_portal_komentarze": ("pl", _WP),
    "ru_telegram_zerkalo": ("ru", _TG),
    "en_trap_weekly_column": ("en", _COL),
    "fr_trap_depeche_reprise": ("fr", _CDC),
    "de_trap_wahl_tabellen": ("de", _SWK),
}
