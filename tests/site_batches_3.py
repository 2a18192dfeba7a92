"""Site batches, set 3 (development data since session 9).

Status: held out (file ``site_batches_held_out_3.py``, commit 688244d) and measured once, with
``python scripts/site_template_report.py --batches`` at 7913726, before anyone read it:

- each page cleaned on its own: 120 of 533 noise lines left, 83 article lines lost: tables printed
  one cell per line (a hospital bulletin, exchange rates) and lists under a line with no colon
  taken for the page's head or tail, capitalised subheadings and a digest's title in the head;
- with the site template: 55 of 533 left, 109 lost (the same, and table rows and a series line
  that recur on three pages).

Its errors were then read (session 9): the page rules keep a table printed one cell per line
between the article's paragraphs (header cells, then rows of a label and one to three numbers)
and a list under a line of the article that runs on into it; the site template keeps them as
the article's lists. After that: 120 left and 34 lost alone, 58 left and 37 lost with the site
template; after set 4's round (a table's number cells are numbers alone), 28 and 31 lost.
Still lost: "WHAT HAPPENED" under a standfirst and a digest's title and first section heading
(taken for the page's head), a bare "BERLIN" dateline and a list near the top, a series
line naming the page ("This story is part of ...") on three pages. A list without a colon whose
items end in ";" was joined into one paragraph (its text kept) until segmentation took ";" for
the end of a line of its own (session 9).

Written by the helper as follows.

Held-out site batches, third set: written blind (data only).

Protocol: written on 2026-12-02 (about 01:30-02:05 UTC) by a helper session that did NOT read
the cleaner (``src/spinscope/``), ``scripts/``, or any other test set or test file (only the
definitions of ``NoisyCase`` and ``page_from_blocks`` in ``tests/noisy_corpus.py``, lines 1-41).
The cleaner was never run on this data. Templates are written from memory of how such sites print
as scraped plain text; all articles are invented. Sites, names and people are fictional.

Each page is built with ``page_from_blocks``: ``+`` lines are the article's own text (title,
paragraphs, subheadings, the article's own lists, table cells, quotes) and must each survive as
one paragraph; ``-`` lines are scraper noise and must each be removed.

"Template" noise = a noise line repeated verbatim on >= 3 pages of its batch; "page-specific" =
the other noise lines. "Recurring keep" = ``+`` lines repeated on >= 2 pages of the batch (the
article's own recurring text, which a batch-based cleaner must not take for template).

Batches (pages; noise lines as occurrences: template / page-specific; keep lines; recurring keep
lines = distinct + lines on >= 2 pages, with their occurrences):

- en_regional_courier (en, 4 pages): US regional daily newspaper (metered paywall, weather strip,
  Most Read box, legal footer); recurring keep: the series standfirst of “Counting the Cost” on 3
  pages. Noise: 32 template / 20 page-specific; keep: 48 lines (6288 chars vs 2133 noise chars);
  recurring keep: 1 distinct, 3 occurrences.
- en_wire_aggregator (en, 4 pages): wire-service aggregator (live ticker line, Source: credit, app
  prompt, Trending box, agency rights note); recurring keep: a wire “Background:” paragraph in 3
  daily updates on one story. Noise: 33 template / 14 page-specific; keep: 41 lines (5697 chars vs
  2008 noise chars); recurring keep: 1 distinct, 3 occurrences.
- en_thinktank_blog (en, 4 pages): think-tank commentary blog (donate nav, views disclaimer, author
  box, podcast promo, newsletter box, 501(c)(3) note); recurring keep: capitalised section
  subheadings WHAT HAPPENED / WHY IT MATTERS / WHAT TO WATCH on every post. Noise: 32 template / 18
  page-specific; keep: 47 lines (4955 chars vs 2301 noise chars); recurring keep: 3 distinct, 12
  occurrences.
- fr_public_broadcaster (fr, 4 pages): French public broadcaster news site (listen-live, cookie
  consent, share, video fallback, Lire aussi, app prompt, legal footer); recurring keep: a list of
  three options introduced without a colon on 2 pages, and a quoted government line on 3 pages.
  Noise: 34 template / 16 page-specific; keep: 47 lines (5031 chars vs 2102 noise chars); recurring
  keep: 4 distinct, 9 occurrences.
- de_tabloid (de, 4 pages): German tabloid (paywall-plus teaser, Anzeige, reader poll with
  Ja/Nein/Weiß nicht, comment count); recurring keep: the reporters’ one-line “Hinweis:” disclaimer
  inside war reports and the subheading “Was bisher bekannt ist” (3 pages each). Noise: 32 template
  / 19 page-specific; keep: 45 lines (4827 chars vs 1133 noise chars); recurring keep: 2 distinct,
  6 occurrences.
- it_regional_daily (it, 4 pages): Italian regional daily (cookie banner, Abbonati/Accedi, Leggi
  anche, I più letti, P.IVA legal line); recurring keep: a daily hospital bulletin (3 pages) with
  its own standfirst, closing line and a table printed one cell per line (header and province names
  identical each day, some numbers repeat). Noise: 49 template / 14 page-specific; keep: 83 lines
  (3472 chars vs 1978 noise chars); recurring keep: 16 distinct, 44 occurrences.
- pl_blog_platform (pl, 4 pages): Polish Medium/Salon24-style blog platform (follow button, author
  box, comment count, Przeczytaj też, opinions-of-authors note, rules footer); recurring keep: a
  party slogan quoted on its own line in 3 posts by different authors. Noise: 39 template / 21
  page-specific; keep: 46 lines (5035 chars vs 1397 noise chars); recurring keep: 1 distinct, 3
  occurrences.
- ru_telegram_mirror (ru, 4 pages): Russian Telegram channel mirrored to the web (subscriber count,
  subscribe/open in Telegram, view and reaction counters, forwarded-from, ad label with erid,
  donation appeal, prev/next post); recurring keep: the morning digest’s capitalised sections ФРОНТ
  / ЭКОНОМИКА / В МИРЕ and an exchange-rate table one cell per line. Noise: 32 template / 20
  page-specific; keep: 54 lines (2473 chars vs 1309 noise chars); recurring keep: 7 distinct, 21
  occurrences.
- trap_en_column_signoff (en, 3 pages): TRAP: a columnist’s newsletter blog; every post has the
  same four section subheadings and ends with the same signature paragraph (a stock argument the
  author writes); some platform noise. Noise: 24 template / 12 page-specific; keep: 33 lines (2456
  chars vs 424 noise chars); recurring keep: 5 distinct, 15 occurrences.
- trap_pl_wire_copies (pl, 5 pages): TRAP: a Polish portal republishing one PAP wire story on 3
  pages (different headlines, one paragraph added/cut, a sentence extended; recurring
  “Przypomnijmy” background paragraph) plus 2 other articles; portal noise. Noise: 39 template / 8
  page-specific; keep: 33 lines (3542 chars vs 1326 noise chars); recurring keep: 5 distinct, 13
  occurrences.
- trap_de_shared_lines (de, 3 pages): TRAP: German election coverage, three different articles
  sharing short lines by coincidence: dateline line BERLIN, party names one per line, state names
  one per line, and one official statement quoted verbatim in all three; little noise. Noise: 18
  template / 7 page-specific; keep: 40 lines (1891 chars vs 391 noise chars); recurring keep: 4
  distinct, 10 occurrences.

Totals: 43 pages, 517 keep lines, 364 template and 169 page-specific noise lines.
"""

from __future__ import annotations

from noisy_corpus import NoisyCase, page_from_blocks


def N(*lines: str) -> list[str]:
    """A block of noise lines."""
    return ["-" + line for line in lines]


def K(*lines: str) -> list[str]:
    """A block of the article's own lines (list items, table cells, short lines)."""
    return ["+" + line for line in lines]


def _build(name: str, *parts: str | list[str]) -> NoisyCase:
    """A page: a str is one article paragraph (its own block); a list is a pre-marked block."""
    blocks = [["+" + part] if isinstance(part, str) else list(part) for part in parts]
    return page_from_blocks(name, blocks)


# ---------------------------------------------------------------------------------------------
# 1. en_regional_courier: US regional daily, metered paywall, weather strip, "Most Read" box.
#    Recurring keep: the series standfirst of "Counting the Cost" (3 pages) written by the paper.
# ---------------------------------------------------------------------------------------------

_RC_HEAD = N(
    "Skip to main content",
    "Subscribe for $1",
)
_RC_METER = "You have {} free articles remaining this month. Subscribe now for unlimited access."
_RC_MID = N(
    "Get unlimited digital access for just $1 for your first 3 months.",
)
_RC_TAIL = N(
    "Most Read",
)
_RC_LEGAL = N(
    "© 2026 Harlan Valley Courier. All rights reserved.",
    "Terms of Use | Privacy Policy | Cookie Preferences | Do Not Sell My Personal Information",
)
_RC_SERIES = (
    "This story is part of Counting the Cost, a Courier series on how rising prices are "
    "reshaping daily life in the valley. Share your story at cost@valleycourier.example."
)

_RC_PAGES = [
    _build(
        "rc_grocery",
        _RC_HEAD,
        N("Weather: 41°F Light rain", _RC_METER.format(3)),
        "Families stretch grocery budgets as valley food bank sees record demand",
        N("By Marisa Delgado, Staff Writer", "Nov 28, 2026 Updated 6 hrs ago"),
        _RC_SERIES,
        "The line outside the Harlan Valley Food Pantry started forming before dawn on Tuesday, "
        "two hours before volunteers unlocked the doors of the old Grange hall on Route 9.",
        "Pantry director Ellen Vasquez said the organization served 1,912 households in October, "
        "the most in its 31-year history and nearly 40 percent more than a year earlier.",
        "“We are seeing people who used to donate to us now standing in line,” Vasquez said. “Two "
        "incomes are not enough anymore when rent and groceries both go up at the same time.”",
        _RC_MID,
        "County data show the average price of a basket of staples at valley supermarkets rose 11 "
        "percent since January, driven by eggs, beef and coffee.",
        "Pantry volunteers said the Thanksgiving week was the busiest they had ever seen, with "
        "some families driving in from neighboring counties.",
        "Commissioner Dale Pruitt said the county would ask the state for emergency funding to "
        "keep the pantry stocked through the winter, when heating bills add to the pressure.",
        "Vasquez said the pantry now spends about $14,000 a month buying food wholesale, money "
        "that used to last a full quarter.",
        "Many of the new clients are older residents on fixed incomes. Retired machinist Walter "
        "Hayes, 71, said his Social Security increase this year was swallowed by his Medicare "
        "premium.",
        "“I never thought I’d be here,” Hayes said, holding a box of pasta and canned vegetables."
        " “But I’m not going to be too proud to eat.”",
        "Volunteers say the biggest need is for shelf-stable protein such as canned tuna and peanut "
        "butter. Donations can be dropped off weekdays at the Grange hall.",
        _RC_TAIL,
        N(
            "Police: Two arrested after chase on Interstate 81",
            "Harlan girls basketball opens season with overtime win",
            "Obituary: Robert ‘Bobby’ Keller, 84",
        ),
        _RC_LEGAL,
    ),
    _build(
        "rc_rent",
        _RC_HEAD,
        N("Weather: 38°F Cloudy", _RC_METER.format(2)),
        "Rents up 18% in two years as new apartments stall at planning board",
        N("By Tom Whitaker, Staff Writer", "Nov 29, 2026"),
        _RC_SERIES,
        "The rent increases are hitting just as the region’s largest employer, Keystone Plastics,"
        " announced it would add 300 jobs at its plant north of the city.",
        "When Jaylen Brooks moved back to Harlan after college, he found a one-bedroom apartment "
        "downtown for $850 a month. This fall his landlord raised it to $1,150.",
        "Brooks is far from alone. A Courier analysis of listings shows the median asking rent in "
        "the city climbed 18 percent between 2024 and 2026, outpacing wage growth by a wide margin.",
        "Developers blame the planning board, which has delayed three apartment projects totaling "
        "420 units over parking and stormwater concerns.",
        _RC_MID,
        "Planning board chair Linda Osei defended the reviews. “Our job is to make sure what gets "
        "built does not flood the neighborhood below it,” she said at Monday’s meeting.",
        "Tenant advocates want the city council to adopt a cap on annual increases, a step Mayor "
        "Greg Halvorsen has said he opposes.",
        "Brooks, who works as a physical therapy assistant, said he now spends more than 40 "
        "percent of his take-home pay on rent.",
        "Property manager Steve Kowalski said landlords face increases of their own, pointing to "
        "insurance premiums that he said have nearly doubled since 2023.",
        "The Riverside Lofts project, the largest of the three, would add 240 units on the site "
        "of a former textile mill.",
        "The council is scheduled to take up the first of the stalled projects on Dec. 9.",
        N("Related: Planning board delays Riverside Lofts vote again"),
        _RC_TAIL,
        N(
            "Harlan girls basketball opens season with overtime win",
            "Holiday parade route changes announced",
            "Police: Two arrested after chase on Interstate 81",
        ),
        _RC_LEGAL,
    ),
    _build(
        "rc_school_board",
        _RC_HEAD,
        N("Weather: 35°F Snow showers", _RC_METER.format(1)),
        "School board votes to close Maple Street Elementary after heated meeting",
        N("By Marisa Delgado, Staff Writer", "Nov 30, 2026 Updated Dec 1, 2026"),
        "The Harlan Area School Board voted 6-3 late Monday to close Maple Street Elementary at the "
        "end of the school year, ending months of debate over falling enrollment.",
        "More than 200 parents packed the high school auditorium, and public comment ran for nearly "
        "three hours before the vote.",
        "Superintendent Karen Lott said the district faces a $3.4 million deficit and that Maple "
        "Street, built in 1958, needs an estimated $9 million in repairs.",
        "“Nobody on this board wanted to do this,” board president Ray Dominguez said. “But we "
        "cannot ask taxpayers to fix a building that is half empty.”",
        _RC_MID,
        "The district has lost about 900 students over the past decade, according to state "
        "enrollment figures.",
        "Opponents said the closure will push class sizes at the two remaining elementary schools "
        "above 28 students and lengthen bus rides for rural families.",
        "Parent Amanda Fisk said a group of families is exploring a legal challenge, arguing the "
        "district did not follow state notice rules.",
        "Several teachers spoke against the closure, including third-grade teacher Rosa Jimenez, "
        "who has taught at Maple Street for 22 years.",
        "“This school is the only place some of these kids get two hot meals a day,” Jimenez "
        "said.",
        "Board member Tanya Hill, who voted no, said the district had not seriously studied "
        "alternatives such as leasing part of the building.",
        "The 214 students at Maple Street will be reassigned in the spring.",
        _RC_TAIL,
        N(
            "Holiday parade route changes announced",
            "Obituary: Robert ‘Bobby’ Keller, 84",
            "Harlan girls basketball opens season with overtime win",
        ),
        _RC_LEGAL,
    ),
    _build(
        "rc_heating",
        _RC_HEAD,
        N("Weather: 29°F Clear", "You have reached your limit of free articles. Subscribe to keep reading."),
        "Heating assistance funds could run dry by February, agency warns",
        N("By Tom Whitaker, Staff Writer", "Dec 1, 2026"),
        _RC_SERIES,
        "The agency that runs the valley’s heating assistance program says it has already committed "
        "more than half of its winter budget, and the coldest months are still ahead.",
        "Harlan Valley Community Action received 2,640 applications by Nov. 30, up from 1,980 at the "
        "same point last year, according to program manager Denise Carter.",
        "Carter said the average heating oil delivery now costs about $780, compared with $610 two "
        "winters ago.",
        "“If the federal allocation is not increased, we will have to start turning people away "
        "sometime in February,” Carter said.",
        "Last winter the program ran out of money in early March, and the agency relied on a "
        "one-time grant from a local foundation to finish the season.",
        "State Rep. Joan Mercer said she would push for a supplemental appropriation when the "
        "legislature returns in January.",
        "Households earning up to 60 percent of the state median income are eligible. For a "
        "family of four, that is about $78,000 a year.",
        "Carter said many applicants are seniors who had never needed help before.",
        "Fuel dealers said more customers are asking for partial deliveries of 50 or 100 gallons,"
        " the minimum many companies will bring.",
        "Residents can apply at the agency’s office on Front Street or by calling 211.",
        _RC_TAIL,
        N(
            "Police: Two arrested after chase on Interstate 81",
            "Holiday parade route changes announced",
            "Snow emergency declared for downtown streets",
        ),
        _RC_LEGAL,
    ),
]


# ---------------------------------------------------------------------------------------------
# 2. en_wire_aggregator: a wire-service aggregator with a live ticker, "Source:" credit lines,
#    app prompt, "Trending" box. Recurring keep: a "Background:" paragraph in wire copy on the
#    Sahel crisis repeated in 3 daily updates, and a repeated official quote.
# ---------------------------------------------------------------------------------------------

_WA_HEAD = N(
    "WIRENOW",
    "Top Stories | World | Politics | Business | Health | Tech",
)
_WA_APP = N("Get breaking alerts first: download the WireNow app for iOS and Android.")
_WA_SHARE = N("Share")
_WA_TAIL = N(
    "Trending on WireNow",
)
_WA_FOOT = N(
    "WireNow aggregates reports from international news agencies. Content is the property of the "
    "respective agencies.",
    "About | Advertise | Corrections | Privacy",
)
_WA_BG = (
    "Background: Mali, Burkina Faso and Niger, all run by military governments since coups between "
    "2020 and 2023, left the West African bloc ECOWAS in January 2025 and formed their own "
    "confederation, the Alliance of Sahel States."
)

_WA_PAGES = [
    _build(
        "wa_sahel_day1",
        _WA_HEAD,
        N("LIVE: Markets open lower as oil climbs 2% — 09:14 GMT"),
        "Sahel alliance announces joint currency study, rattling regional markets",
        N("Source: Agence Internationale de Presse", "Published 30 Nov 2026, 08:52 GMT"),
        _WA_SHARE,
        "BAMAKO (AIP) — The three members of the Alliance of Sahel States said on Sunday they had "
        "commissioned a study on leaving the CFA franc and launching a common currency, a move "
        "economists warned could unsettle trade across West Africa.",
        "Officials said the study would look at the experiences of countries that left monetary "
        "unions, and at the costs of printing and distributing new banknotes.",
        "The announcement came at the end of a two-day summit in the Malian capital, where leaders "
        "also signed a protocol on a joint investment bank.",
        "“Monetary sovereignty is the natural continuation of our political sovereignty,” the final "
        "communique said.",
        _WA_APP,
        "Bonds issued by neighbouring Ivory Coast and Senegal fell slightly in early trading, and "
        "analysts said investors were seeking clarity on timelines.",
        _WA_BG,
        "The CFA franc, used by eight West African countries, is pegged to the euro and backed by"
        " a guarantee from the French treasury, an arrangement critics call a colonial relic.",
        "Mali’s transitional president, Assimi Goita, said the new currency would “serve our "
        "peoples and not foreign interests.”",
        "Economists said any exit would require the three countries to build up foreign reserves "
        "and create a new central bank, a process that could take years.",
        "The alliance has not said when the study is due to be completed.",
        _WA_TAIL,
        N("Earthquake of magnitude 6.1 strikes off Indonesian coast", "Central bank holds rates steady"),
        _WA_FOOT,
    ),
    _build(
        "wa_sahel_day2",
        _WA_HEAD,
        N("LIVE: Ceasefire talks resume in Geneva — 11:02 GMT"),
        "ECOWAS calls emergency meeting after Sahel currency plan",
        N("Source: Agence Internationale de Presse", "Published 1 Dec 2026, 10:40 GMT"),
        _WA_SHARE,
        "ABUJA (AIP) — The West African bloc ECOWAS has called an extraordinary meeting of finance "
        "ministers for next week to discuss the economic fallout of the Sahel states’ plan to study "
        "a common currency, officials said on Monday.",
        "The Sahel states have accused ECOWAS of acting on behalf of France, a charge the bloc "
        "rejects.",
        "Commission president Omar Touray said the bloc remained open to dialogue with its former "
        "members, but warned that a currency split would raise costs for traders on both sides of "
        "the border.",
        "“Monetary sovereignty is the natural continuation of our political sovereignty,” the "
        "alliance said in its communique on Sunday, a line repeated by state television in all "
        "three countries.",
        _WA_APP,
        "Traders in the border town of Kantchari in Burkina Faso said prices of imported rice had "
        "already risen on fears of new customs barriers.",
        _WA_BG,
        "Trade figures show that goods worth about 3 billion dollars a year cross the borders "
        "between the Sahel states and the bloc’s coastal members.",
        "Nigeria, the region’s largest economy, has its own currency, the naira, and is not part "
        "of the CFA zone.",
        "Officials in Ghana and Senegal said they hoped the Sahel states would keep their "
        "commitments on the free movement of people.",
        "The meeting is set for Dec. 8 in Abuja.",
        _WA_TAIL,
        N("Central bank holds rates steady", "Flooding displaces thousands in southern Brazil"),
        _WA_FOOT,
    ),
    _build(
        "wa_sahel_day3",
        _WA_HEAD,
        N("LIVE: Oil slips after OPEC+ statement — 07:30 GMT"),
        "France says it will respect Sahel states’ currency choice",
        N("Source: Continental News Service", "Published 2 Dec 2026, 07:05 GMT"),
        _WA_SHARE,
        "PARIS (CNS) — France will respect any decision by Mali, Burkina Faso and Niger to leave the "
        "CFA franc, the foreign ministry said on Tuesday, while urging an orderly transition.",
        "A ministry spokesperson said the guarantee arrangement between the French treasury and the "
        "regional central bank was “a technical matter for the countries concerned.”",
        "The foreign ministry’s statement marked a change in tone from last year, when French "
        "officials warned that leaving the franc would hurt the poorest citizens.",
        "Analysts noted that the three countries together account for a modest share of the "
        "monetary union’s reserves but a large share of its territory and population.",
        _WA_BG,
        "Relations between Paris and the three capitals have been tense since French troops were "
        "forced to leave Mali in 2022, Burkina Faso in 2023 and Niger later that year.",
        "A French government source said there had been no contact with the alliance on the "
        "currency issue.",
        "The Sahel leaders have said the study will be conducted by a team of African economists "
        "and presented at their next summit.",
        _WA_TAIL,
        N("Flooding displaces thousands in southern Brazil", "Earthquake of magnitude 6.1 strikes off Indonesian coast"),
        _WA_FOOT,
    ),
    _build(
        "wa_measles",
        _WA_HEAD,
        N("LIVE: Markets open lower as oil climbs 2% — 09:14 GMT"),
        "Measles cases in Europe reach highest level in 25 years, WHO says",
        N("Source: Continental News Service", "Published 30 Nov 2026, 12:15 GMT"),
        _WA_SHARE,
        "COPENHAGEN (CNS) — Measles cases in the World Health Organization’s European region rose to "
        "their highest level in a quarter of a century last year, the agency said on Sunday, "
        "blaming gaps in childhood vaccination.",
        "The WHO counted more than 127,000 cases across the region’s 53 countries, with Romania and "
        "Kazakhstan reporting the largest outbreaks.",
        "The figures for last year were slightly lower than for the year before, but health "
        "officials said the decline was not a sign that the outbreak was over.",
        "Nearly half of the cases were in children under five, and 38 deaths were recorded.",
        _WA_APP,
        "“Measles is back, and it is a wake-up call,” said Hans Kluge, the WHO’s regional director. "
        "“Without high vaccination rates, there is no health security.”",
        "Vaccination coverage for the first dose fell to 93 percent in 2024, below the 95 percent "
        "needed to stop the virus from spreading, the agency said.",
        "UNICEF said children in conflict zones and in poor urban districts were most at risk.",
        "Measles is one of the most contagious diseases known and can cause pneumonia, brain "
        "swelling and death.",
        "Health ministries in several countries have launched catch-up campaigns aimed at children "
        "who missed routine shots during the pandemic.",
        _WA_TAIL,
        N("Earthquake of magnitude 6.1 strikes off Indonesian coast", "Central bank holds rates steady"),
        _WA_FOOT,
    ),
]


# ---------------------------------------------------------------------------------------------
# 3. en_thinktank_blog: a policy institute's commentary blog: donate button, views disclaimer,
#    author box, podcast promo. Recurring keep: the posts' own capitalised section subheadings
#    (WHAT HAPPENED / WHY IT MATTERS / WHAT TO WATCH) on every page.
# ---------------------------------------------------------------------------------------------

_TT_HEAD = N(
    "Meridian Institute for Public Policy",
    "Research & Commentary",
    "Donate",
)
_TT_DISCLAIMER = N(
    "The views expressed in this commentary are those of the author and do not necessarily reflect "
    "the views of the Meridian Institute."
)
_TT_TAIL = N(
    "Sign up for Meridian Briefing, our weekly newsletter",
    "Subscribe",
    "Meridian Institute is a 501(c)(3) nonprofit organization. Contributions are tax-deductible "
    "to the extent allowed by law.",
)

_TT_PAGES = [
    _build(
        "tt_nato_spending",
        _TT_HEAD,
        N("Commentary", "December 1, 2026", "Dr. Helen Sarkis"),
        "NATO’s new spending target is a promise most allies cannot yet keep",
        "WHAT HAPPENED",
        "At their summit last year, NATO leaders agreed to raise defense spending to 5 percent of "
        "GDP by 2035, with 3.5 percent for core military needs. New budget figures released this "
        "month show only five allies on track for the interim milestone.",
        "WHY IT MATTERS",
        "Germany is the exception among the large economies: its constitutional change last year "
        "exempted most defense spending from the debt brake.",
        "The gap between pledge and budget is widest in the countries with the largest economies in "
        "Western Europe, where debt rules and pension costs squeeze discretionary spending.",
        "Allies on the eastern flank, by contrast, have front-loaded purchases of air defense and "
        "artillery, and Poland alone now spends more than 4 percent.",
        N("Listen: Episode 148 of The Meridian Podcast — “Can Europe Defend Itself?”"),
        "Spain has said openly that it will not meet the target, arguing that its contributions "
        "to missions matter more than percentages.",
        "A target that most members miss invites the charge that burden-sharing is rhetorical, "
        "which weakens the alliance in Washington at exactly the wrong moment.",
        "WHAT TO WATCH",
        "It will also be worth watching whether the European Union’s defense loan program is "
        "drawn down by the large members, or mostly by the eastern flank.",
        "The spring budget rounds in Berlin, Rome and Madrid will show whether governments are "
        "willing to fund defense through borrowing outside their fiscal rules.",
        _TT_DISCLAIMER,
        N(
            "Dr. Helen Sarkis is a senior fellow in the Security Program at the Meridian Institute. "
            "She previously served at the State Department."
        ),
        _TT_TAIL,
    ),
    _build(
        "tt_drug_prices",
        _TT_HEAD,
        N("Commentary", "November 27, 2026", "Marcus Fenwick"),
        "Medicare’s second round of drug price talks: what the numbers show",
        "WHAT HAPPENED",
        "The government published negotiated prices for fifteen more drugs, including two blockbuster "
        "diabetes and weight-loss medicines, effective in 2027.",
        "WHY IT MATTERS",
        "The agency estimates the new prices would have saved roughly 12 billion dollars had they "
        "applied last year, a discount of about 44 percent on list prices.",
        "The drugs on the list account for about 40 billion dollars a year in spending by the "
        "program, roughly one-sixth of the total.",
        "Manufacturers argue the program will chill research into small-molecule drugs, but the "
        "evidence so far is thin: pipeline announcements have not fallen measurably since 2022.",
        "Insurers are expected to pass some of the savings into lower premiums for drug plans, "
        "though not all of them.",
        "Patients will feel the change mostly through lower out-of-pocket costs, which are already "
        "capped at 2,000 dollars a year under the same law.",
        N("Listen: Episode 147 of The Meridian Podcast — “Who Sets Drug Prices?”"),
        "WHAT TO WATCH",
        "Pharmacies have raised a separate concern: they buy at list price, are reimbursed at the"
        " negotiated price, and may wait weeks for the difference.",
        "Several lawsuits against the program are pending in appeals courts, and a ruling against "
        "the government could freeze the third round of negotiations.",
        _TT_DISCLAIMER,
        N("Marcus Fenwick is a fellow in health policy at the Meridian Institute."),
        _TT_TAIL,
    ),
    _build(
        "tt_housing_supply",
        _TT_HEAD,
        N("Commentary", "November 20, 2026", "Priya Raman"),
        "Zoning reform works, but slowly: lessons from three cities",
        "WHAT HAPPENED",
        "Minneapolis, Auckland and Austin have each loosened zoning rules in the last decade. New "
        "data on permits and rents let us compare what happened next.",
        "WHY IT MATTERS",
        "In Minneapolis, which ended single-family-only zoning in 2019, rents rose about 1 "
        "percent in real terms over five years, while they rose more than 13 percent in the rest "
        "of the state.",
        "In all three cities, permits for multifamily housing rose sharply within two to four years "
        "of reform, and rents grew more slowly than in comparable metros.",
        "The effect was not immediate. Construction pipelines take years, and early gains were easy "
        "to miss in noisy monthly rent indices.",
        "Critics point out that interest rates and construction costs changed sharply in the same"
        " period, which complicates any simple before-and-after comparison.",
        "That lag is politically dangerous: reforms are judged within an electoral cycle, while their "
        "payoff arrives in the next one.",
        "WHAT TO WATCH",
        "The central question is whether statewide rules, which remove local discretion, will "
        "face the kind of backlash that slowed reform in California.",
        "State legislatures in Texas, Montana and Washington are considering preemption bills that "
        "would apply similar rules statewide.",
        _TT_DISCLAIMER,
        N("Priya Raman is a research associate at the Meridian Institute."),
        N("Related commentary", "Why permitting reform stalled in Congress", "The hidden cost of parking mandates"),
        _TT_TAIL,
    ),
    _build(
        "tt_tariffs",
        _TT_HEAD,
        N("Commentary", "November 13, 2026", "Marcus Fenwick"),
        "Tariff refunds after the court ruling: who actually gets the money?",
        "WHAT HAPPENED",
        "After the ruling that struck down emergency tariffs, importers may claim refunds of duties "
        "paid. Customs has published a first procedure.",
        "WHY IT MATTERS",
        "The amounts are large: the duties collected under the struck-down tariffs exceeded 130 "
        "billion dollars, according to customs data.",
        "Refunds go to the importer of record, not to the consumers who paid higher prices. Large "
        "retailers will recover billions; shoppers will recover nothing directly.",
        "Importers must file claims within 180 days, and customs has warned that processing could"
        " take more than a year.",
        "Small businesses that imported through freight forwarders may struggle to document their "
        "claims, since paperwork often lists the forwarder as importer.",
        N("Listen: Episode 146 of The Meridian Podcast — “Tariffs After the Courts”"),
        "WHAT TO WATCH",
        "Economists estimate that most of the tariffs were passed on to consumers in higher "
        "prices, so much of the refunded money will go to firms that have already been made "
        "whole.",
        "Congress could attach conditions to refunds, but any bill would face a veto threat.",
        _TT_DISCLAIMER,
        N("Marcus Fenwick is a fellow in health policy at the Meridian Institute."),
        _TT_TAIL,
    ),
]


# ---------------------------------------------------------------------------------------------
# 4. fr_public_broadcaster: a French public radio's news site: live radio player, cookie/consent
#    note, "Lire aussi" links, video fallback, app prompt. Recurring keep: the articles' own lists
#    introduced WITHOUT a colon (the three options, the measures), shared between pages on the
#    same story, and a recurring quoted government line.
# ---------------------------------------------------------------------------------------------

_FR_HEAD = N(
    "Radio Publique Info",
    "Écouter le direct",
    "Nous et nos partenaires utilisons des cookies pour mesurer l’audience et vous proposer des "
    "contenus adaptés. Vous pouvez modifier vos choix à tout moment.",
    "Accepter et fermer",
)
_FR_SHARE = N("Partager l’article")
_FR_VIDEO = N("Votre navigateur ne supporte pas la lecture de cette vidéo.")
_FR_APP = N("Retrouvez toute l’actualité en continu sur l’application Radio Publique Info.")
_FR_TAIL = N(
    "Mentions légales",
    "© Radio Publique Info 2026",
)
_FR_QUOTE = "« Nous irons au bout de la réforme, mais pas contre les Français », a répété Matignon."

_FR_PAGES = [
    _build(
        "fr_budget_options",
        _FR_HEAD,
        N("Politique", "Publié le 29/11/2026 07:12", "Mis à jour le 29/11/2026 09:40"),
        "Budget 2027 : ce que le gouvernement peut encore faire pour éviter la censure",
        N("Article rédigé par Claire Benhamou - Radio Publique Info"),
        _FR_SHARE,
        "À dix jours du vote solennel à l’Assemblée nationale, l’exécutif ne dispose toujours pas de "
        "majorité pour faire adopter le projet de loi de finances.",
        "Selon plusieurs ministres interrogés par notre rédaction, trois options restent sur la table",
        K(
            "un nouveau recours à l’article 49.3, au risque d’une motion de censure ;",
            "un accord de non-censure avec les socialistes, en échange d’une hausse de la fiscalité "
            "des hauts patrimoines ;",
            "une loi spéciale pour reconduire le budget de l’an dernier, comme en décembre 2024.",
        ),
        _FR_VIDEO,
        "Chaque option comporte des risques. Le 49.3 expose le gouvernement à une censure "
        "immédiate, tandis qu’une loi spéciale priverait l’État de nouvelles recettes pendant "
        "plusieurs mois.",
        "Le Premier ministre a reçu vendredi soir les présidents des groupes parlementaires, sans "
        "qu’aucun compromis ne soit annoncé à l’issue de la réunion.",
        _FR_QUOTE,
        N("Lire aussi : Retraites : le conclave des partenaires sociaux se termine sans accord"),
        "Le Rassemblement national, de son côté, a prévenu qu’il voterait toute motion de censure "
        "si la hausse des taxes sur l’électricité était maintenue.",
        "Les socialistes posent leurs conditions : la suspension de la réforme des retraites doit"
        " être confirmée dans le texte, et la taxation des très hauts patrimoines renforcée.",
        "Les marchés suivent de près ces tractations : l’écart entre les taux d’emprunt français et "
        "allemands a atteint cette semaine son plus haut niveau depuis l’été.",
        _FR_APP,
        _FR_TAIL,
    ),
    _build(
        "fr_budget_vote",
        _FR_HEAD,
        N("Politique", "Publié le 01/12/2026 18:30"),
        "Budget : le gouvernement choisit l’accord avec les socialistes",
        N("Article rédigé par Claire Benhamou, Julien Marchetti - Radio Publique Info"),
        _FR_SHARE,
        "Le gouvernement a tranché lundi. Après une semaine de consultations, Matignon a annoncé un "
        "accord avec le groupe socialiste pour éviter la censure lors du vote du budget.",
        "Il y avait trois options sur la table",
        K(
            "un nouveau recours à l’article 49.3, au risque d’une motion de censure ;",
            "un accord de non-censure avec les socialistes, en échange d’une hausse de la fiscalité "
            "des hauts patrimoines ;",
            "une loi spéciale pour reconduire le budget de l’an dernier, comme en décembre 2024.",
        ),
        "C’est donc la deuxième qui l’a emporté. En contrepartie, le gouvernement accepte une "
        "contribution exceptionnelle sur les patrimoines supérieurs à 100 millions d’euros.",
        _FR_QUOTE,
        _FR_VIDEO,
        "Le texte prévoit aussi un gel des pensions de retraite au premier semestre, une mesure "
        "vivement contestée par les syndicats.",
        "La droite sénatoriale dénonce « un budget écrit rue de Solférino » et promet de réécrire "
        "le texte lors de son examen au Sénat.",
        "Chez Les Républicains, plusieurs députés menacent désormais de voter la censure, "
        "estimant que le gouvernement « a cédé sur l’essentiel ».",
        "Le vote solennel est prévu le 9 décembre.",
        N("Lire aussi : Taxe sur les hauts patrimoines : qui serait vraiment concerné ?"),
        _FR_APP,
        _FR_TAIL,
    ),
    _build(
        "fr_grippe",
        _FR_HEAD,
        N("Santé", "Publié le 30/11/2026 11:05"),
        "Grippe : l’épidémie arrive tôt cette année, les hôpitaux se préparent",
        N("Article rédigé par Nadia Ferhat - Radio Publique Info"),
        _FR_SHARE,
        "Santé publique France a placé lundi trois régions en phase épidémique de grippe, avec près "
        "de trois semaines d’avance sur le calendrier habituel.",
        "Les régions concernées sont l’Île-de-France, les Hauts-de-France et la Normandie, où les "
        "passages aux urgences pour syndrome grippal ont doublé en une semaine.",
        "Pour limiter la circulation du virus, les autorités sanitaires rappellent plusieurs gestes",
        K(
            "se faire vacciner, en particulier après 65 ans ;",
            "porter un masque en cas de symptômes ;",
            "se laver régulièrement les mains ;",
            "aérer les pièces plusieurs fois par jour.",
        ),
        _FR_VIDEO,
        "Les enfants de moins de cinq ans et les personnes âgées restent les plus exposés aux "
        "formes graves, rappelle l’agence sanitaire.",
        "Plusieurs hôpitaux ont déjà déclenché le plan blanc, qui permet de rappeler du personnel et "
        "de déprogrammer des opérations non urgentes.",
        "« La couverture vaccinale des soignants reste insuffisante, autour de 25 % », regrette un "
        "infectiologue de l’hôpital Bichat.",
        N("Lire aussi : Covid-19 : faut-il faire un rappel cet hiver ?"),
        "Les pharmaciens constatent aussi une forte demande de tests combinés grippe et Covid, "
        "vendus sans ordonnance depuis l’an dernier.",
        "La campagne de vaccination est prolongée jusqu’au 31 janvier.",
        _FR_APP,
        _FR_TAIL,
    ),
    _build(
        "fr_agriculteurs",
        _FR_HEAD,
        N("Société", "Publié le 02/12/2026 06:50"),
        "Colère agricole : les syndicats appellent à bloquer les préfectures",
        N("Article rédigé par Julien Marchetti - Radio Publique Info"),
        _FR_SHARE,
        "La FNSEA et les Jeunes agriculteurs appellent à des rassemblements devant les préfectures "
        "dès mercredi, pour protester contre l’accord commercial avec le Mercosur.",
        "Les syndicats dénoncent une concurrence déloyale sur la viande bovine, la volaille et le "
        "sucre, produits selon des normes moins strictes qu’en Europe.",
        "Le traité, négocié pendant plus de vingt ans, doit encore être approuvé par les États "
        "membres et par le Parlement européen.",
        "Le ministère de l’Agriculture assure que des clauses de sauvegarde protégeront les filières "
        "les plus exposées.",
        _FR_QUOTE,
        "Des tracteurs ont déjà convergé mardi soir vers Toulouse et Agen, où la circulation était "
        "perturbée sur la rocade.",
        "Dans le Lot-et-Garonne, la Coordination rurale a annoncé des actions plus dures, dont le"
        " blocage de dépôts de carburant.",
        "« Nous ne voulons pas d’aides, nous voulons vivre de nos prix », résume un éleveur de "
        "Haute-Garonne rencontré sur un barrage près de Montauban.",
        "Le gouvernement doit recevoir les représentants agricoles jeudi.",
        _FR_TAIL,
    ),
]


# ---------------------------------------------------------------------------------------------
# 5. de_tabloid: a German tabloid site: paywall teaser ("BLITZ+"), ads, reader poll, comment
#    count. Recurring keep: the reporters' own one-line disclaimer inside war reports, and a
#    recurring "Was bisher bekannt ist" subheading.
# ---------------------------------------------------------------------------------------------

_DE_HEAD = N(
    "BLITZ",
    "BLITZ+ jetzt 4 Wochen für 0,99 €",
)
_DE_AD = N("Anzeige")
_DE_POLL = N("Ja", "Nein", "Weiß nicht")
_DE_TAIL = N(
    "Impressum | Datenschutz | Privatsphäre",
    "© Blitz Medien GmbH & Co. KG",
)
_DE_DISCLAIMER = (
    "Hinweis: Die Angaben der Kriegsparteien lassen sich nicht unabhängig überprüfen."
)

_DE_PAGES = [
    _build(
        "de_drohnen",
        _DE_HEAD,
        N("Krieg in der Ukraine", "30.11.2026 - 08:14 Uhr", "Von: Sven Hollmann"),
        "Größter Drohnen-Angriff seit Monaten! Kiew stundenlang unter Beschuss",
        "Es war eine Nacht des Schreckens: Russland hat die Ukraine mit mehr als 500 Drohnen und "
        "Raketen angegriffen. In Kiew heulten die Sirenen fast sechs Stunden lang.",
        "Was bisher bekannt ist",
        "Nach Angaben der ukrainischen Luftwaffe wurden 468 Drohnen und 21 Raketen abgeschossen. "
        "Mindestens vier Menschen starben, darunter ein zwölfjähriges Kind.",
        _DE_DISCLAIMER,
        _DE_AD,
        "Der Angriff begann kurz nach Mitternacht. Zuerst kamen die Drohnen, dann, gegen vier "
        "Uhr, die Raketen.",
        "Getroffen wurden vor allem Energieanlagen. In mehreren Stadtteilen fiel am Morgen der Strom "
        "aus, Tausende Wohnungen blieben ohne Heizung.",
        "Präsident Selenskyj forderte erneut mehr Flugabwehrsysteme vom Westen: „Jede Patriot "
        "rettet Leben. Jeden Tag.“",
        N("UMFRAGE: Sollte Deutschland mehr Flugabwehr an die Ukraine liefern?"),
        _DE_POLL,
        "In Lwiw im Westen des Landes brannte nach einem Raketeneinschlag ein Lagerhaus. Die "
        "Feuerwehr war die ganze Nacht im Einsatz.",
        "Auch Polen ließ wegen des Angriffs Kampfjets aufsteigen. Der polnische Luftraum wurde "
        "nach Angaben der Armee nicht verletzt.",
        "Bundesaußenminister Wadephul verurteilte den Angriff: „Putin bombardiert, während er von"
        " Frieden redet.“",
        "Das russische Verteidigungsministerium sprach von einem „Schlag gegen militärische Ziele“.",
        N("BLITZ+ Lesen Sie auch: Die geheime Drohnen-Fabrik im Ural"),
        _DE_TAIL,
        N("Kommentare (1.284)"),
    ),
    _build(
        "de_rente",
        _DE_HEAD,
        N("Rente", "29.11.2026 - 17:30 Uhr", "Von: Katja Brenner"),
        "Renten-Hammer! Beitrag steigt 2027 stärker als gedacht",
        "Schlechte Nachrichten für Millionen Arbeitnehmer: Der Rentenbeitrag soll im kommenden Jahr "
        "von 18,6 auf 19,2 Prozent steigen. Das geht aus einem Papier des Arbeitsministeriums hervor.",
        "Für einen Durchschnittsverdiener bedeutet das rund 14 Euro weniger netto im Monat.",
        _DE_AD,
        "Auch Rentner spüren die Entwicklung: Die Rentenerhöhung im Juli fällt nach ersten "
        "Schätzungen mit rund 3,5 Prozent geringer aus als in diesem Jahr.",
        "Grund sind die hohen Kosten der Haltelinie beim Rentenniveau und die Mütterrente, die ab "
        "2027 ausgeweitet wird.",
        "Arbeitsministerin Bas verteidigt die Pläne. Die Stabilisierung der Renten sei „eine "
        "Frage der Gerechtigkeit zwischen den Generationen“.",
        "Wirtschaftsverbände schlagen Alarm. „Die Lohnnebenkosten laufen aus dem Ruder“, sagt ein "
        "Sprecher der Arbeitgeber.",
        N("UMFRAGE: Sollte das Rentenalter steigen?"),
        _DE_POLL,
        "Auch die Arbeitgeber zahlen mehr: Der Beitrag wird je zur Hälfte von Beschäftigten und "
        "Firmen getragen.",
        "Die Rentenversicherung rechnet damit, dass der Beitragssatz bis 2030 auf über 20 Prozent"
        " klettert.",
        "Sozialverbände verteidigen dagegen die Haltelinie. „Wer 45 Jahre gearbeitet hat, muss "
        "von seiner Rente leben können“, sagt die Präsidentin des VdK.",
        "Die Koalition will das Rentenpaket noch vor Weihnachten im Bundestag beschließen.",
        N("BLITZ+ Lesen Sie auch: So viel Rente bekommen Sie wirklich – die Tabelle"),
        _DE_TAIL,
        N("Kommentare (3.017)"),
    ),
    _build(
        "de_front",
        _DE_HEAD,
        N("Krieg in der Ukraine", "01.12.2026 - 12:02 Uhr", "Von: Sven Hollmann"),
        "Putins Truppen rücken bei Pokrowsk vor – ukrainische Armee zieht sich zurück",
        "Dramatische Lage im Osten der Ukraine: Die ukrainische Armee hat sich aus zwei Dörfern "
        "westlich von Pokrowsk zurückgezogen.",
        "Was bisher bekannt ist",
        "Nach Angaben des ukrainischen Generalstabs gab es am Sonntag mehr als 60 russische Angriffe "
        "in diesem Frontabschnitt. Russland meldet die Einnahme von drei Ortschaften.",
        _DE_DISCLAIMER,
        _DE_AD,
        "Die Ukraine meldet ihrerseits hohe russische Verluste. Allein am Sonntag seien mehr als "
        "1.100 russische Soldaten getötet oder verwundet worden.",
        "Militärexperte Oberst a.D. Ralf Steiner sagt gegenüber BLITZ: „Die Ukraine hat zu wenig "
        "Infanterie. Das ist das eigentliche Problem.“",
        "Pokrowsk war einst ein wichtiger Logistikknoten der ukrainischen Armee im Donbass. Heute"
        " ist die Stadt weitgehend zerstört.",
        "Zivilisten wurden größtenteils evakuiert. Nach ukrainischen Angaben harren noch rund "
        "1.200 Menschen in der Stadt aus.",
        "In Kiew wächst die Sorge, dass Russland den Druck vor möglichen Verhandlungen im Winter "
        "weiter erhöhen will.",
        "Die ukrainische Führung setzt verstärkt auf Drohnen, um den Personalmangel auszugleichen.",
        N("UMFRAGE: Glauben Sie an einen Waffenstillstand bis Ostern?"),
        _DE_POLL,
        _DE_TAIL,
        N("Kommentare (842)"),
    ),
    _build(
        "de_tanker",
        _DE_HEAD,
        N("Krieg in der Ukraine", "02.12.2026 - 06:45 Uhr", "Von: Lena Vogt"),
        "Schattenflotte! Russischer Öltanker treibt manövrierunfähig vor Rügen",
        "Alarm in der Ostsee: Ein Tanker der russischen Schattenflotte treibt seit der Nacht "
        "manövrierunfähig vor der Küste von Rügen.",
        "Was bisher bekannt ist",
        "Das unter der Flagge von Gabun fahrende Schiff hat rund 90.000 Tonnen Rohöl geladen. Ein "
        "Schlepper der Küstenwache ist vor Ort.",
        "Die Bundesregierung prüft, ob der Tanker gegen Sanktionen verstößt. Moskau bestreitet, dass "
        "das Schiff zu einer Schattenflotte gehört.",
        _DE_DISCLAIMER,
        _DE_AD,
        "Umweltschützer warnen vor einer Ölkatastrophe. „Das ist eine schwimmende Zeitbombe“, sagt "
        "ein Sprecher von Greenpeace.",
        "Nach Angaben der Behörden fiel in der Nacht die Hauptmaschine aus. Der Tanker war auf "
        "dem Weg vom russischen Hafen Primorsk nach Indien.",
        "Es ist nicht der erste Vorfall dieser Art: Bereits im Januar 2025 trieb der Tanker "
        "„Eventin“ tagelang vor Rügen.",
        "Die Inselbewohner sind besorgt. „Wenn das Öl an unsere Strände kommt, ist die Saison "
        "gelaufen“, sagt ein Hotelier aus Binz.",
        "Das Havariekommando in Cuxhaven hat die Einsatzleitung übernommen.",
        N("BLITZ+ Lesen Sie auch: So gefährlich ist Putins Geister-Flotte"),
        _DE_TAIL,
        N("Kommentare (519)"),
    ),
]


# ---------------------------------------------------------------------------------------------
# 6. it_regional_daily: an Italian regional daily: cookie banner, subscribe/login, "Leggi anche",
#    "I più letti", VAT legal line. Recurring keep: the daily flu/hospital bulletin's own table
#    printed one cell per line (header and province names identical each day), and a recurring
#    bulletin standfirst.
# ---------------------------------------------------------------------------------------------

_IT_HEAD = N(
    "Il Giornale del Nordest",
    "Abbonati",
    "Accedi",
    "Cronaca",
    "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione. "
    "Chiudendo questo banner acconsenti all’uso dei cookie.",
    "Accetta",
    "Rifiuta",
)
_IT_TAIL = N(
    "I più letti",
)
_IT_LEGAL = N(
    "Riproduzione riservata © Copyright Il Giornale del Nordest",
    "Editoriale Nordest S.p.A. - P.IVA 01234560289",
)
_IT_STAND = (
    "Ogni giorno pubblichiamo il bollettino regionale sui ricoveri per sindromi influenzali, "
    "con i dati forniti dall’Azienda Zero."
)
_IT_HEADER = ("Provincia", "Ricoverati", "In terapia intensiva")
_IT_PROV = ("Padova", "Verona", "Venezia", "Treviso", "Vicenza")


def _it_table(*rows: tuple[str, str]) -> list[str]:
    cells: list[str] = list(_IT_HEADER)
    for prov, (a, b) in zip(_IT_PROV, rows):
        cells += [prov, a, b]
    return K(*cells)


_IT_PAGES = [
    _build(
        "it_bollettino_lun",
        _IT_HEAD,
        N("Cronaca", "30 novembre 2026", "di Redazione"),
        "Influenza, ricoveri in aumento: 412 pazienti negli ospedali del Veneto",
        _IT_STAND,
        "Sale ancora il numero dei ricoverati per influenza e altre infezioni respiratorie negli "
        "ospedali della regione: sono 412, contro i 371 di venerdì.",
        _it_table(("98", "7"), ("87", "5"), ("81", "6"), ("79", "4"), ("67", "3")),
        "I pronto soccorso di Padova e Mestre segnalano attese superiori alle sei ore nelle fasce "
        "serali.",
        N("Leggi anche: Medici di base, in provincia mancano 120 professionisti"),
        "L’assessore alla Sanità ha invitato gli over 65 a vaccinarsi: «Siamo ancora in tempo, il "
        "picco è atteso per la seconda metà di dicembre».",
        "Nella stessa settimana dello scorso anno i ricoverati erano 288, meno di due terzi "
        "rispetto a oggi.",
        "Il prossimo bollettino sarà pubblicato domani.",
        _IT_TAIL,
        N("Incidente sulla A4, un morto e tre feriti", "Treviso, chiude lo storico caffè di piazza dei Signori"),
        _IT_LEGAL,
    ),
    _build(
        "it_bollettino_mar",
        _IT_HEAD,
        N("Cronaca", "1 dicembre 2026", "di Redazione"),
        "Influenza, superata quota 450 ricoveri. Verona apre un reparto dedicato",
        _IT_STAND,
        "Sono 457 i pazienti ricoverati per sindromi influenzali in Veneto, 45 in più rispetto a "
        "ieri. Per la prima volta dall’inizio della stagione si supera quota 450.",
        _it_table(("104", "8"), ("99", "6"), ("88", "6"), ("90", "5"), ("76", "3")),
        "A Verona l’Azienda ospedaliera ha riconvertito un reparto di medicina per accogliere i "
        "pazienti respiratori.",
        "Il direttore generale ha spiegato che nei prossimi giorni potrebbero essere rinviati alcuni "
        "interventi programmati.",
        N("Leggi anche: Vaccino antinfluenzale, dove farlo senza prenotazione"),
        "Il prossimo bollettino sarà pubblicato domani.",
        _IT_TAIL,
        N("Treviso, chiude lo storico caffè di piazza dei Signori", "Venezia, ticket d’accesso: nel 2027 si paga tutto l’anno"),
        _IT_LEGAL,
    ),
    _build(
        "it_bollettino_mer",
        _IT_HEAD,
        N("Cronaca", "2 dicembre 2026", "di Redazione"),
        "Influenza, ricoveri stabili ma crescono le terapie intensive",
        _IT_STAND,
        "Il numero dei ricoverati resta stabile, 455, ma aumentano i pazienti in terapia intensiva, "
        "saliti a 31.",
        _it_table(("101", "9"), ("98", "7"), ("90", "6"), ("92", "6"), ("74", "3")),
        "Secondo gli infettivologi la stabilità potrebbe essere temporanea: nel fine settimana sono "
        "attesi nuovi accessi legati ai rientri dalle vacanze del ponte dell’Immacolata.",
        "Il prossimo bollettino sarà pubblicato domani.",
        _IT_TAIL,
        N("Venezia, ticket d’accesso: nel 2027 si paga tutto l’anno", "Incidente sulla A4, un morto e tre feriti"),
        _IT_LEGAL,
    ),
    _build(
        "it_autonomia",
        _IT_HEAD,
        N("Politica", "29 novembre 2026", "di Francesca Zanin"),
        "Autonomia differenziata, il Veneto chiede nove materie. Roma frena",
        "Il presidente della Regione ha firmato la richiesta formale per avviare il negoziato su "
        "nove materie non soggette ai livelli essenziali delle prestazioni.",
        "La richiesta arriva dopo mesi di tensione con il governo, accusato dalla maggioranza "
        "regionale di rallentare l’attuazione della riforma.",
        "Il presidente ha parlato di «una giornata storica per il Veneto», ricordando il "
        "referendum consultivo del 2017, quando votò a favore il 98 per cento dei partecipanti.",
        "Tra queste figurano la protezione civile, il commercio con l’estero e la previdenza "
        "complementare.",
        N("Leggi anche: Regionali, il centrodestra trova l’accordo sulle liste"),
        "Il ministro per gli Affari regionali ha risposto che «il percorso va fatto nel rispetto "
        "della sentenza della Corte costituzionale», che ha imposto diverse correzioni alla legge.",
        "L’opposizione in consiglio regionale parla di «propaganda in vista del voto» e chiede che "
        "il testo venga discusso in aula prima dell’invio a Roma.",
        "Secondo la Regione, il trasferimento delle competenze non comporterebbe costi aggiuntivi"
        " per lo Stato, perché le risorse verrebbero spostate dai ministeri.",
        "I sindacati temono invece che una previdenza complementare regionale crei disparità tra "
        "lavoratori del Nord e del Sud.",
        "Le prime riunioni tecniche tra Regione e ministeri sono previste a gennaio.",
        "Secondo fonti regionali, la trattativa potrebbe durare almeno un anno.",
        _IT_TAIL,
        N("Incidente sulla A4, un morto e tre feriti", "Padova, nuovo tram: lavori in ritardo di sei mesi"),
        _IT_LEGAL,
    ),
]


# ---------------------------------------------------------------------------------------------
# 7. pl_blog_platform: a Polish Medium/Salon24-style blogging platform: follow/like buttons,
#    author box, comment count, "Przeczytaj też" box, rules/privacy footer. Recurring keep: a
#    party's campaign slogan quoted in several posts by different authors.
# ---------------------------------------------------------------------------------------------

_PL_HEAD = N(
    "Blogosfera24",
    "Zaloguj się",
    "Załóż bloga",
)
_PL_FOLLOW = N("Obserwuj")
_PL_TAIL = N(
    "Przeczytaj też",
)
_PL_FOOT = N(
    "Teksty publikowane na blogach wyrażają opinie ich autorów.",
    "Regulamin | Polityka prywatności | Kontakt",
    "© 2026 Blogosfera24 sp. z o.o.",
)
_PL_SLOGAN = "„Bezpieczny dom, silna Polska”"

_PL_PAGES = [
    _build(
        "pl_kampania",
        _PL_HEAD,
        N("Jan Wierzbicki", "Publicysta, były samorządowiec"),
        _PL_FOLLOW,
        N("1 grudnia 2026, 08:15"),
        "Kampania bez pomysłu, za to z hasłem",
        "Partia rządząca przedstawiła w sobotę hasło, z którym pójdzie do wyborów samorządowych. "
        "Brzmi ono tak:",
        _PL_SLOGAN,
        "Trudno się z nim nie zgodzić, i w tym właśnie problem. Hasło, z którym nikt się nie kłóci, "
        "niczego nie obiecuje.",
        "Przez dwa lata rząd mówił o mieszkaniach, ale program budowy tanich lokali na wynajem "
        "ruszył w zaledwie kilkunastu gminach. Kolejki w szpitalach powiatowych się nie skróciły.",
        "Hasło ma zresztą swoją historię. Podobnych sformułowań partia używała już w kampanii "
        "sprzed czterech lat, wtedy z dopiskiem o rodzinie.",
        "Sondaże pokazują, że dla większości wyborców najważniejsze są dziś ceny i dostęp do "
        "lekarza, a bezpieczeństwo zajmuje dopiero trzecie miejsce.",
        "Opozycja nie ma jednak lepszej oferty. Jej politycy od miesięcy powtarzają, że „wszystko "
        "jest do naprawienia”, ale nie mówią, za co.",
        "Wyborcy w mniejszych miastach pytają o autobusy, przychodnie i drogi. Na te pytania nie "
        "odpowiada ani rząd, ani opozycja.",
        "W moim powiecie od trzech lat nie działa jedyne połączenie autobusowe do miasta "
        "wojewódzkiego. Nikt z kandydatów o tym nie wspomina.",
        "Samorządowcy z różnych partii mówią mi w prywatnych rozmowach to samo: pieniądze z "
        "programów rządowych przychodzą późno i z mnóstwem warunków.",
        "Kampania dopiero się zaczyna, więc jest jeszcze czas, by od haseł przejść do liczb.",
        "Zobaczymy, czy przez najbliższe miesiące któraś ze stron odważy się na konkrety.",
        N("Komentarze (47)", "Udostępnij"),
        _PL_TAIL,
        N("Dlaczego samorządy tracą pieniądze na oświatę", "Przekop Mierzei po trzech latach"),
        _PL_FOOT,
    ),
    _build(
        "pl_obrona",
        _PL_HEAD,
        N("Anna Kowalczyk", "Analityczka ds. bezpieczeństwa"),
        _PL_FOLLOW,
        N("30 listopada 2026, 19:40"),
        "Tarcza Wschód: ile już zbudowano, a ile zostało na papierze",
        "Rząd chwali się postępami programu Tarcza Wschód. Na konwencji w sobotę premier zakończył "
        "przemówienie słowami",
        _PL_SLOGAN,
        "Sprawdziłam, jak wygląda to w praktyce. Według danych Ministerstwa Obrony Narodowej "
        "ukończono dotąd około 15 procent zaplanowanych umocnień na granicy z Rosją i Białorusią.",
        "Najbardziej zaawansowane są prace w powiatach gołdapskim i bartoszyckim, gdzie powstały "
        "rowy przeciwczołgowe i zapory z betonowych jeży.",
        "W gminie Dubeninki widziałam kilkaset metrów zapór i świeżo wykopany rów. Kilka "
        "kilometrów dalej, na tym samym odcinku granicy, nie ma jeszcze nic.",
        "Wójt jednej z gmin mówi mi, że nikt nie poinformował mieszkańców, gdzie powstaną kolejne"
        " umocnienia ani czy drogi dojazdowe zostaną odbudowane.",
        "Wojskowi, z którymi rozmawiałam, podkreślają, że fortyfikacje to tylko część systemu. "
        "Kluczowe są czujniki, drony i zdolność szybkiego przerzutu wojsk.",
        "Problemem pozostają wykupy gruntów. Część właścicieli odmawia sprzedaży ziemi, a procedury "
        "wywłaszczeniowe trwają miesiącami.",
        "Mieszkańcy przygranicznych wsi mają mieszane uczucia. Czują się bezpieczniej, ale "
        "obawiają się, że turyści przestaną przyjeżdżać na Mazury.",
        "Koszt całego programu szacowany jest na 10 mld zł. Część środków ma pochodzić z unijnego"
        " instrumentu SAFE.",
        "Program ma zostać ukończony do 2028 roku. Przy obecnym tempie to mało realne.",
        N("Komentarze (112)", "Udostępnij"),
        _PL_TAIL,
        N("Pobór wraca? Co oznacza nowa ustawa o obronie", "Przekop Mierzei po trzech latach"),
        _PL_FOOT,
    ),
    _build(
        "pl_ceny_pradu",
        _PL_HEAD,
        N("Tomasz Lis-Nowak", "Ekonomista"),
        _PL_FOLLOW,
        N("29 listopada 2026, 12:05"),
        "Ceny prądu po odmrożeniu: kto zapłaci najwięcej",
        "Od stycznia gospodarstwa domowe zapłacą za energię według taryf zatwierdzonych przez URE. "
        "Zamrożenie cen, przedłużane od 2022 roku, dobiega końca.",
        "Według moich wyliczeń przeciętny rachunek czteroosobowej rodziny wzrośnie o około 25 zł "
        "miesięcznie. Najbardziej odczują to gospodarstwa ogrzewane pompami ciepła.",
        "Rodziny ogrzewające dom prądem mogą zapłacić nawet 150 zł więcej miesięcznie w sezonie "
        "grzewczym.",
        "Rząd zapowiada bon energetyczny dla najuboższych, ale próg dochodowy jest tak niski, że "
        "obejmie niewiele ponad milion gospodarstw.",
        "Dla porównania: w Niemczech i Czechach gospodarstwa domowe płacą dziś za kilowatogodzinę"
        " więcej niż w Polsce, ale tam nie było tak długiego zamrożenia.",
        "Największym problemem pozostają opłaty dystrybucyjne, które rosną niezależnie od ceny "
        "samej energii.",
        "Spółki energetyczne tłumaczą, że muszą inwestować w sieci, bo bez tego nie da się "
        "przyłączyć nowych farm wiatrowych i fotowoltaiki.",
        "Politycy koalicji na każdym spotkaniu powtarzają hasło",
        _PL_SLOGAN,
        "Bezpieczeństwo energetyczne to jednak także przewidywalne rachunki. Tego na razie brakuje.",
        N("Komentarze (23)", "Udostępnij"),
        _PL_TAIL,
        N("Dlaczego samorządy tracą pieniądze na oświatę", "Pobór wraca? Co oznacza nowa ustawa o obronie"),
        _PL_FOOT,
    ),
    _build(
        "pl_ochrona_zdrowia",
        _PL_HEAD,
        N("Magdalena Sikora", "Lekarka rodzinna"),
        _PL_FOLLOW,
        N("28 listopada 2026, 21:30"),
        "NFZ bez pieniędzy na nadwykonania. Co to znaczy dla pacjentów",
        "Narodowy Fundusz Zdrowia poinformował szpitale, że nie zapłaci w tym roku za część "
        "świadczeń wykonanych ponad limit. Dyrektorzy alarmują, że zabraknie na pensje.",
        "W praktyce oznacza to dłuższe kolejki do zaćmy, endoprotez i rezonansu magnetycznego. "
        "Szpitale już wstrzymują zapisy na styczeń.",
        "Już teraz na wizytę u kardiologa w ramach NFZ czeka się w moim województwie średnio "
        "ponad pół roku.",
        "W mojej przychodni pacjenci pytają, czy warto iść prywatnie. Coraz częściej nie mam dla "
        "nich innej odpowiedzi.",
        "Luka finansowa NFZ na ten rok wynosi według ekspertów około 14 mld zł. Ministerstwo "
        "Finansów przekazało dotąd tylko część tej kwoty.",
        "Najgorzej jest w szpitalach powiatowych, które od lat balansują na granicy płynności.",
        "Pacjenci onkologiczni i dzieci mają być obsługiwani bez limitu, zapewnia fundusz. "
        "Lekarze przyznają jednak, że opóźnienia dotkną też diagnostyki.",
        "Minister zdrowia zapowiada nowelizację planu finansowego funduszu, ale termin nie jest "
        "znany.",
        "Bez reformy składki problem wróci za rok, w jeszcze większej skali.",
        N("Komentarze (64)", "Udostępnij"),
        _PL_TAIL,
        N("Przekop Mierzei po trzech latach", "Lekarze rezydenci zapowiadają protest"),
        _PL_FOOT,
    ),
]


# ---------------------------------------------------------------------------------------------
# 8. ru_telegram_mirror: a Russian-language Telegram channel mirrored to the web: subscribe and
#    "open in Telegram" buttons, view counters, forwarded-from lines, an ad label with erid,
#    donation appeal, prev/next links. Recurring keep: the morning digest's fixed section
#    subheadings and its exchange-rate table printed one cell per line.
# ---------------------------------------------------------------------------------------------

_RU_HEAD = N(
    "Утренний брифинг",
    "48 312 подписчиков",
    "Подписаться",
    "Открыть в Telegram",
)
_RU_DONATE = N("Поддержать канал: boosty.example/brifing")
_RU_TAIL = N(
    "Предыдущий пост",
    "Следующий пост",
    "Вы просматриваете веб-версию канала. Чтобы оставлять реакции, откройте Telegram.",
)
_RU_AD = N("Реклама. ООО «Медиа Плюс», ИНН 7701234567. erid: 2VtzqwLbR4e")
_RU_RATES = ("Курсы ЦБ", "Доллар", "Евро", "Юань")


def _ru_rates(usd: str, eur: str, cny: str) -> list[str]:
    return K(_RU_RATES[0], _RU_RATES[1], usd, _RU_RATES[2], eur, _RU_RATES[3], cny)


_RU_PAGES = [
    _build(
        "ru_digest_28",
        _RU_HEAD,
        N("28 ноября 2026, 07:30"),
        "Главное к утру 28 ноября",
        "ФРОНТ",
        "Минобороны сообщило о перехвате 74 беспилотников над Брянской, Курской и Белгородской "
        "областями. В Белгороде повреждены жилой дом и две машины, пострадавших нет.",
        "ЭКОНОМИКА",
        "Росстат зафиксировал недельную инфляцию на уровне 0,12%. С начала года цены выросли на "
        "6,4%, говорится в сообщении ведомства.",
        _ru_rates("78,42", "90,15", "10,88"),
        "В МИРЕ",
        "Переговоры в Женеве продолжатся на следующей неделе, заявил представитель МИД Швейцарии.",
        _RU_DONATE,
        N("👁 21.4K", "🔥 312", "👍 188"),
        _RU_TAIL,
    ),
    _build(
        "ru_digest_29",
        _RU_HEAD,
        N("29 ноября 2026, 07:30"),
        "Главное к утру 29 ноября",
        "ФРОНТ",
        "В Курской области из-за атаки беспилотников обесточены четыре населённых пункта, сообщил "
        "губернатор. Ремонтные бригады работают на месте.",
        "ЭКОНОМИКА",
        "Банк России сохранил ключевую ставку на уровне 16,5% годовых. Регулятор допустил снижение "
        "в начале следующего года, если инфляция продолжит замедляться.",
        _ru_rates("78,10", "89,96", "10,85"),
        _RU_AD,
        N("Хотите зарабатывать на инвестициях? Бесплатный вебинар по ссылке в профиле канала."),
        "В МИРЕ",
        "В Грузии продолжаются акции протеста. Полиция задержала в Тбилиси около сорока человек.",
        "В Германии правящая коалиция договорилась о бюджете на 2027 год.",
        _RU_DONATE,
        N("👁 19.8K", "🔥 240", "👍 201"),
        _RU_TAIL,
    ),
    _build(
        "ru_digest_30",
        _RU_HEAD,
        N("30 ноября 2026, 07:30"),
        "Главное к утру 30 ноября",
        "ФРОНТ",
        "Ночью над регионами России перехвачены 112 беспилотников, в том числе 18 над Московской "
        "областью. В аэропортах Внуково и Домодедово вводились временные ограничения.",
        "ЭКОНОМИКА",
        "Правительство продлило запрет на экспорт бензина до конца февраля. Биржевые цены на "
        "топливо за неделю выросли на 4%.",
        _ru_rates("78,55", "90,30", "10,90"),
        "В МИРЕ",
        "Президент Франции заявил, что Европа должна «говорить с Москвой своим голосом».",
        _RU_DONATE,
        N("👁 25.1K", "🔥 405", "👍 233"),
        _RU_TAIL,
    ),
    _build(
        "ru_longread",
        _RU_HEAD,
        N("30 ноября 2026, 18:05", "Переслано из: Экономика без шума"),
        "Почему растут цены на гречку",
        "За последние два месяца гречка подорожала в магазинах почти на треть. Объясняем, что "
        "происходит.",
        "Первая причина — неурожай. Из-за засухи на Алтае и в Башкирии сбор гречихи оказался на 20% "
        "ниже прошлогоднего.",
        "Вторая — экспорт. Китай увеличил закупки российской гречки, и производителям выгоднее "
        "продавать её за рубеж.",
        _RU_AD,
        N("Курс «Финансовая грамотность за 30 дней» со скидкой 50% — только до воскресенья."),
        "Четвёртая — ожидания. Производители, помня прошлые скачки цен, придерживают урожай в "
        "надежде продать его дороже весной.",
        "Третья — издержки. Дорожают топливо, упаковка и кредиты, а вместе с ними и логистика.",
        "Рекордных цен гречка достигла в Сибири и на Дальнем Востоке: там килограмм в отдельных "
        "магазинах стоит больше 150 рублей.",
        "Торговые сети объясняют, что закупочные цены у производителей выросли ещё сильнее, чем "
        "розничные.",
        "Покупатели, как в 2014 и 2022 годах, начали запасаться крупой впрок, что только усилило "
        "ажиотаж.",
        "В Минсельхозе говорят, что дефицита не будет, и не исключают временных ограничений на "
        "экспорт.",
        "Аналитики ожидают, что цены стабилизируются весной, когда на рынок поступят запасы из "
        "резервного фонда.",
        _RU_DONATE,
        N("👁 33.7K", "🔥 510"),
        _RU_TAIL,
    ),
]


# ---------------------------------------------------------------------------------------------
# TRAP 1. trap_en_column_signoff: a columnist's newsletter-style blog. Every post has the same
#    section subheadings the author writes (The week in one line / Who had a good week / Who had
#    a bad week / Number of the week) and ends with the same signature paragraph, a stock
#    argument the columnist repeats in every post. All of it is article text (+).
#    Some platform noise (subscribe box, like counts, comment link).
# ---------------------------------------------------------------------------------------------

_T1_HEAD = N("The Ledger with Ruth Okafor", "Sign in")
_T1_TAIL = N(
    "Type your email…",
    "Subscribe",
    "Share",
    "Leave a comment",
)
_T1_SIGNOFF = (
    "And, as every week: a country that cannot build homes, railways or power lines is not being "
    "governed, it is merely being administered. We can do better, and I will keep saying so until "
    "we do."
)
_T1_S = (
    "The week in one line",
    "Who had a good week",
    "Who had a bad week",
    "Number of the week",
)

TRAP_COLUMN = [
    _build(
        "t1_week_47",
        _T1_HEAD,
        N("Ruth Okafor", "Nov 21, 2026", "∙ Paid"),
        "The Ledger #47: the budget that built nothing",
        _T1_S[0],
        "The chancellor found money for almost everything except the things that last.",
        _T1_S[1],
        "The bond market, which had feared a spending spree and got a spreadsheet. Gilt yields fell "
        "on the day by the most since March.",
        "Also the regional mayors, who quietly won control of their transport budgets in a clause "
        "that most coverage missed.",
        _T1_S[2],
        "Anyone waiting for the new northern rail line. Its funding has been pushed back to the "
        "next spending review, which is to say indefinitely.",
        _T1_S[3],
        "£4.2 billion: the capital budget cut hidden in the small print of the red book, mostly from "
        "transport and housing.",
        _T1_SIGNOFF,
        N("38", "12", "Restack"),
        _T1_TAIL,
    ),
    _build(
        "t1_week_48",
        _T1_HEAD,
        N("Ruth Okafor", "Nov 28, 2026"),
        "The Ledger #48: planning reform, take four",
        _T1_S[0],
        "A fourth planning bill in six years promises speed and delivers another consultation.",
        _T1_S[1],
        "Local councils, who keep their veto over large housing sites despite the bill’s promises.",
        _T1_S[2],
        "The 12,000 families in temporary accommodation in London, whose wait will not get shorter "
        "because of anything in this bill.",
        "And the housing minister, who told a committee she could not say how many homes the bill "
        "would add.",
        _T1_S[3],
        "7 years: the average time from application to first spade in the ground for a nationally "
        "significant infrastructure project.",
        _T1_SIGNOFF,
        N("54", "21", "Restack"),
        _T1_TAIL,
        N("Ruth Okafor is a former Treasury economist. The Ledger is reader-supported."),
    ),
    _build(
        "t1_week_49",
        _T1_HEAD,
        N("Ruth Okafor", "Dec 5, 2026", "∙ Paid"),
        "The Ledger #49: the grid queue",
        _T1_S[0],
        "Renewable projects are ready to connect; the grid is not.",
        _T1_S[1],
        "The grid operator, whose reform of the connection queue finally removed hundreds of "
        "speculative projects this week.",
        _T1_S[2],
        "Solar developers in the south-west, who were told their connection dates had slipped to "
        "2034.",
        _T1_S[3],
        "740 gigawatts: the capacity still waiting in the connection queue, several times what the "
        "country will ever need.",
        "None of this is new. Ministers have known about the queue for five years.",
        _T1_SIGNOFF,
        N("61", "9", "Restack"),
        _T1_TAIL,
    ),
]


# ---------------------------------------------------------------------------------------------
# TRAP 2. trap_pl_wire_copies: a Polish news portal republishing the same PAP-style wire story
#    on three pages (copies with small edits: different headline, one paragraph added or cut,
#    an updated figure), plus two different articles. The wire copy's "Przypomnijmy" background
#    paragraph recurs. Portal template noise around it.
# ---------------------------------------------------------------------------------------------

_T2_HEAD = N("Portal Regionów", "Wiadomości | Z kraju | Ze świata | Pogoda")
_T2_TAIL = N(
    "Źródło: PAP",
    "Najczęściej czytane",
    "Korzystanie z serwisu oznacza akceptację regulaminu i polityki cookies.",
)
_T2_A = (
    "Warszawa (PAP) – Sejm uchwalił w piątek nowelizację ustawy o ochronie ludności, która "
    "przewiduje budowę schronów w nowych budynkach użyteczności publicznej."
)
_T2_B = (
    "Za ustawą głosowało 402 posłów, przeciw było 21, a 12 wstrzymało się od głosu. Teraz "
    "nowelizacją zajmie się Senat."
)
_T2_C = (
    "Zgodnie z przyjętymi przepisami obowiązek dotyczy szkół, szpitali i urzędów, których budowa "
    "rozpocznie się po 1 stycznia 2028 roku."
)
_T2_D = (
    "„To inwestycja w bezpieczeństwo, której nie możemy dalej odkładać” – mówił w Sejmie "
    "wiceminister spraw wewnętrznych."
)
_T2_BG = (
    "Przypomnijmy, że według kontroli NIK z 2023 roku miejsca w schronach i ukryciach były "
    "dostępne dla niespełna 4 procent mieszkańców Polski."
)

TRAP_WIRE = [
    _build(
        "t2_schrony_1",
        _T2_HEAD,
        N("Z kraju", "28.11.2026, 14:32"),
        "Sejm uchwalił ustawę o schronach. Obowiązek dla szkół i szpitali",
        _T2_A,
        _T2_B,
        _T2_C,
        _T2_D,
        _T2_BG,
        N("Czytaj także: Syreny alarmowe w całym kraju. Test w najbliższą sobotę"),
        _T2_TAIL,
        N("Nowe limity prędkości na drogach ekspresowych", "Mróz w całej Polsce"),
    ),
    _build(
        "t2_schrony_2",
        _T2_HEAD,
        N("Z kraju", "28.11.2026, 15:10"),
        "Schrony w każdej nowej szkole. Jest decyzja Sejmu",
        _T2_A,
        _T2_B,
        _T2_C,
        "Opozycja zgłaszała poprawki dotyczące finansowania inwestycji przez samorządy, ale zostały "
        "one odrzucone.",
        _T2_D,
        _T2_BG,
        _T2_TAIL,
        N("Mróz w całej Polsce", "Wypadek na A2 pod Koninem"),
    ),
    _build(
        "t2_schrony_3",
        _T2_HEAD,
        N("Z kraju", "29.11.2026, 08:05"),
        "Ustawa o ochronie ludności przyjęta. Co się zmieni?",
        _T2_A,
        "Za ustawą głosowało 402 posłów, przeciw było 21, a 12 wstrzymało się od głosu. Teraz "
        "nowelizacją zajmie się Senat, który ma na to 30 dni.",
        _T2_C,
        _T2_BG,
        "Samorządy szacują, że koszt budowy schronu w średniej wielkości szkole wyniesie od 2 do 4 "
        "mln zł.",
        N("Czytaj także: Gdzie jest najbliższy schron? Sprawdź w aplikacji"),
        _T2_TAIL,
        N("Nowe limity prędkości na drogach ekspresowych", "Wypadek na A2 pod Koninem"),
    ),
    _build(
        "t2_powodz",
        _T2_HEAD,
        N("Z kraju", "29.11.2026, 11:47"),
        "Rok po powodzi. Mieszkańcy Kłodzka wciąż czekają na odszkodowania",
        "Kłodzko (PAP) – Ponad 300 rodzin z powiatu kłodzkiego wciąż nie otrzymało pełnych "
        "odszkodowań za zniszczenia po wrześniowej powodzi sprzed dwóch lat.",
        "Wojewoda dolnośląski przyznał, że weryfikacja wniosków trwa dłużej, niż zakładano, z powodu "
        "braku rzeczoznawców.",
        "Mieszkańcy skarżą się, że część domów wciąż nie nadaje się do zamieszkania przed zimą.",
        "„Obiecywano nam pomoc w ciągu kilku miesięcy, a minęły dwa lata” – mówi pani Barbara, "
        "emerytka z ulicy Nadrzecznej.",
        "Gmina przekazała, że w tym roku odbudowano już dwa z pięciu zniszczonych mostów.",
        "Ministerstwo zapowiada przyspieszenie wypłat do końca roku.",
        _T2_TAIL,
        N("Mróz w całej Polsce", "Nowe limity prędkości na drogach ekspresowych"),
    ),
    _build(
        "t2_inflacja",
        _T2_HEAD,
        N("Gospodarka", "30.11.2026, 10:00"),
        "GUS: inflacja w listopadzie spadła do 2,9 proc.",
        "Warszawa (PAP) – Inflacja w listopadzie wyniosła 2,9 proc. rok do roku wobec 3,1 proc. w "
        "październiku – wynika ze wstępnych danych Głównego Urzędu Statystycznego.",
        "Ceny żywności wzrosły o 3,8 proc., a nośników energii o 1,2 proc.",
        "Ekonomiści oczekują, że Rada Polityki Pieniężnej może obniżyć stopy procentowe na "
        "posiedzeniu w grudniu.",
        "Inflacja bazowa, bez cen żywności i energii, obniżyła się do 3,3 proc. z 3,5 proc. "
        "miesiąc wcześniej.",
        "„Dane potwierdzają, że presja cenowa w gospodarce słabnie” – ocenił w komentarzu główny "
        "ekonomista jednego z banków.",
        "W ujęciu miesięcznym ceny nie zmieniły się.",
        _T2_TAIL,
        N("Wypadek na A2 pod Koninem", "Mróz w całej Polsce"),
    ),
]


# ---------------------------------------------------------------------------------------------
# TRAP 3. trap_de_shared_lines: German election coverage where different articles share short
#    lines by coincidence: the party list printed one party per line (CDU, SPD, Grüne, AfD, ...),
#    federal state names, the standard dateline line "BERLIN", and one official statement of the
#    Federal Returning Officer quoted verbatim in all three articles. All article text.
# ---------------------------------------------------------------------------------------------

_T3_HEAD = N("Hauptstadt-Kurier", "Politik", "E-Paper", "Abo")
_T3_TAIL = N("Artikel teilen", "Impressum | Datenschutz | AGB")
_T3_QUOTE = (
    "„Die Wahlvorbereitungen laufen planmäßig, alle Fristen werden eingehalten“, teilte die "
    "Bundeswahlleiterin am Montag mit."
)

TRAP_SHARED = [
    _build(
        "t3_umfrage",
        _T3_HEAD,
        N("01.12.2026", "Lesedauer: 3 Minuten"),
        "Neue Umfrage: Union verliert, AfD legt zu",
        "BERLIN",
        "Drei Monate vor der vorgezogenen Bundestagswahl hat die Union in einer neuen Umfrage zwei "
        "Punkte verloren. Die Werte im Einzelnen",
        K("CDU/CSU 27 Prozent", "AfD 24 Prozent", "SPD 15 Prozent", "Grüne 12 Prozent",
          "Linke 8 Prozent", "BSW 4 Prozent", "FDP 4 Prozent"),
        "Befragt wurden 1.508 Wahlberechtigte zwischen dem 25. und 28. November.",
        _T3_QUOTE,
        "Im Vergleich zur Vorwoche verlor die Union zwei Punkte, die AfD gewann einen Punkt "
        "hinzu. SPD und Grüne blieben unverändert.",
        "Die Parteien beginnen in dieser Woche mit der Aufstellung ihrer Landeslisten.",
        _T3_TAIL,
    ),
    _build(
        "t3_landeslisten",
        _T3_HEAD,
        N("02.12.2026", "Lesedauer: 4 Minuten"),
        "Landeslisten: In diesen Ländern wird es eng für die kleinen Parteien",
        "BERLIN",
        "Für die Zulassung zur Wahl brauchen Parteien, die nicht im Bundestag vertreten sind, "
        "Unterstützungsunterschriften. Wegen der verkürzten Fristen wird das knapp.",
        "Besonders schwierig ist die Lage in den Flächenländern",
        K("Bayern", "Niedersachsen", "Baden-Württemberg", "Nordrhein-Westfalen"),
        _T3_QUOTE,
        "Die Parteien im Bundestag sind von der Pflicht befreit. Das betrifft",
        K("CDU/CSU", "AfD", "SPD", "Grüne", "Linke"),
        "Kleinere Parteien haben beim Bundesverfassungsgericht eine Verkürzung der Quoren beantragt.",
        N("Mehr zum Thema: Wahlrechtsreform – was sich bei der Zweitstimme ändert"),
        _T3_TAIL,
    ),
    _build(
        "t3_briefwahl",
        _T3_HEAD,
        N("02.12.2026", "Lesedauer: 2 Minuten"),
        "Briefwahl: Kommunen warnen vor Engpässen bei Stimmzetteln",
        "BERLIN",
        "Die kommunalen Spitzenverbände warnen vor Engpässen beim Druck der Stimmzettel. Wegen des "
        "knappen Zeitplans könnten Briefwahlunterlagen spät verschickt werden.",
        "Probleme melden vor allem Kommunen in",
        K("Bayern", "Sachsen", "Nordrhein-Westfalen"),
        _T3_QUOTE,
        "Der Städtetag fordert, die Frist für die Rücksendung der Briefwahlunterlagen zu "
        "verlängern.",
        "Auch die Druckereien melden Probleme: Papier sei knapp und teuer geworden.",
        _T3_TAIL,
    ),
]


SITE_BATCHES: dict[str, tuple[str, list[NoisyCase]]] = {
    "en_regional_courier": ("en", _RC_PAGES),
    "en_wire_aggregator": ("en", _WA_PAGES),
    "en_thinktank_blog": ("en", _TT_PAGES),
    "fr_public_broadcaster": ("fr", _FR_PAGES),
    "de_tabloid": ("de", _DE_PAGES),
    "it_regional_daily": ("it", _IT_PAGES),
    "pl_blog_platform": ("pl", _PL_PAGES),
    "ru_telegram_mirror": ("ru", _RU_PAGES),
    "trap_en_column_signoff": ("en", TRAP_COLUMN),
    "trap_pl_wire_copies": ("pl", TRAP_WIRE),
    "trap_de_shared_lines": ("de", TRAP_SHARED),
}
