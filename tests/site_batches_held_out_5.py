"""Site batches, set 5: HELD OUT (session 9). Measured once, with ``python
scripts/site_template_report.py --batches --set site_batches_held_out_5`` at 4a37ce2, right after
it was written and before anyone read it: each page cleaned on its own, 128 of 571 noise lines
left (137 counting short noise lines inside joined paragraphs) and 50 article lines lost (none
removed: 50 joined into other paragraphs); with the site template, 69 left and 88 lost (39
removed, 49 joined). Measured a second time at the commit that keeps ";"-ended list items apart
(segmentation): unchanged. A third time after segmentation asked a wrapped block to go on in
lower case: alone 141 left, none lost; with the site template 69 left, 39 removed, 8 joined. Its failures have not been read or
worked on; it is not in tests/test_site_batches.py.

Written by the helper as follows.

Held-out site batches, fifth set: written blind (data only).

Protocol. Written on 2 December 2026 (01:47-02:00 UTC) by a helper engineer who did not read the
cleaner (``src/spinscope/``), ``scripts/``, the other site-batch sets (``site_batches_1..4``,
``site_batches_held_out_4``) or their checks, and who read only ``NoisyCase`` and
``page_from_blocks`` (lines 1-41) of ``tests/noisy_corpus.py``. Nothing here was run through the
cleaner or spinscope. Sites, templates and articles are invented from memory of how such sites
print as scraped plain text; people, outlets and several figures are fictional or approximate.
Each page is built with ``page_from_blocks``: ``+`` lines are the article's own text (title,
standfirst, paragraphs, subheadings, the article's lists, table cells, quotes) and must each come
out as one paragraph; ``-`` lines are scraper noise and must each be removed.

Counts below: "template" = noise line occurrences whose text is noise on >= 3 pages of the batch;
"page-specific" = the other noise occurrences; "keep" = ``+`` line occurrences; "recurring keep"
= ``+`` occurrences whose text is ``+`` on >= 3 pages of the batch (>= 2 in brackets).

Site batches (eight)
- ``en_regional_courier`` (en, 5 pages): regional British daily. Subscribe/menu head, cookie note
  (missing on one page), byline and date, in-article "Advertisement" + "Read more:", e-edition
  prompt, "Most read" box, "Comments are closed" (one page), company and IPSO footer.
  Noise: 47 template, 18 page-specific; keep 54. Own recurring text: the series standfirst
  "This article is part of Counting the Cost..." on 4 pages. Note: one page's headline ("Council
  tax to rise...") is printed in the "Most read" box of two other pages, where it is noise.
- ``en_thinktank_blog`` (en, 4 pages): policy-institute blog. Institute menu, "Donate", author /
  date / read time, PDF download (3 pages), topics, author box, institutional views disclaimer,
  donation appeal, briefing sign-up form, charity footer. Noise: 39 template, 12 page-specific;
  keep 56. Own recurring text: capitalised subheadings "KEY POINTS" and "WHAT SHOULD GOVERNMENT
  DO?" on every page; point and recommendation lists without an introducing colon.
- ``en_tabloid`` (en, 4 pages): British tabloid. Masthead, menu, "LIVE:" ticker (two stories,
  each on 2 pages), byline, update stamp, app prompt (3 pages), poll widget with "Yes"/"No",
  newsletter, "Got a story?" box, comment count, copyright. Noise: 31 template, 20 page-specific;
  keep 44. Own recurring text: the capitalised subheading "WHAT WE KNOW SO FAR" on 3 pages.
- ``fr_radio_publique`` (fr, 5 pages): French public regional radio site. Station menu,
  breadcrumb, "Écouter (n min)", date, "Lire aussi :", blocked-embed cookie placeholder with
  "Gérer mes choix" (4 pages), "Partager", podcast box (4 pages), public-service line, legal
  footer. Noise: 37 template, 20 page-specific; keep 50. Own recurring text: the recap paragraph
  "Pour rappel, la réforme adoptée en 2023..." in 3 pensions stories.
- ``de_regionalzeitung`` (de, 5 pages): German regional daily with daily flood updates. E-paper /
  abo menu, breadcrumb, byline, date, reading time, "Artikel teilen", "Anzeige", external-content
  consent box (4 pages), "Mehr zum Thema" with headlines, plus-subscription teaser (4 pages),
  legal footer. Noise: 66 template, 19 page-specific; keep 92. Own recurring text: a gauge table
  printed one cell per line in 4 daily updates (header cells "Pegel", "Wasserstand", "Tendenz",
  station names and values such as "steigend"/"fallend" recur) and the closing advice sentence
  "Aktuelle Pegelstände veröffentlicht..." in the same 4 updates; a standfirst on every page.
- ``it_canale_telegram`` (it, 4 pages): Italian Telegram news channel mirrored to the web. Channel
  name, handle, subscriber count, "Se hai Telegram..." prompt and "APRI IN TELEGRAM" (3 pages),
  hashtags, view count, (edited) time, "Condividi", "Mostra commenti", "Iscriviti al canale".
  Noise: 26 template, 16 page-specific; keep 40. Own recurring text: the capitalised section
  subheadings POLITICA / ESTERI / ECONOMIA of the morning round-up (3 pages); the round-up's
  opening line is the same formula but dated, so it differs on each page.
- ``pl_portal_regionalny`` (pl, 4 pages): Polish regional portal with a busy comment section.
  Portal name, menu, section, author, date, "REKLAMA", "Czytaj też:", tip-off box, comment
  counter, log-in prompt, reader comments ("nick: text"), moderation disclaimer. Noise: 24
  template, 30 page-specific (mostly comments); keep 45. Own recurring text: the crime reporter's
  one-line reminder on the presumption of innocence ("Przypominamy, że do czasu prawomocnego
  wyroku...") closing 2 police reports; a street list introduced without a colon.
- ``ru_agregator`` (ru, 5 pages): Russian wire-news aggregator. Site name, menu, "18+", rubric,
  date, "Реклама", "Читайте также:", source line, Ctrl+Enter error note, Telegram plug (4 pages),
  "Самое читаемое" box, media-registration and reuse notice. Noise: 51 template, 18
  page-specific; keep 53. Own recurring text: the one-word background heading "Справка" and its
  standard paragraph on the key rate in 3 central-bank stories. Note: one page's headline is
  printed in the "Самое читаемое" box of another page, where it is noise.

Trap batches (three): recurring text that is the article's own
- ``trap_en_qa_column`` (en, 4 pages): a columnist's newsletter-style blog. Every post answers the
  same fixed questions ("What happened?", "Why does it matter?", "What happens next?") and ends
  with the same signature paragraph (a stock argument: "a budget is a moral document..."); 3 posts
  carry the author's own one-line disclosure inside the text. Noise (platform name, subscribe /
  sign-in, author-date line, likes, share, subscribe prompt, upgrade, listen, comment, restack,
  copyright): 36 template, 11 page-specific; keep 51, of which 19 recurring (>= 3 pages).
- ``trap_en_wire_reposts`` (en, 5 pages): a wire-service aggregator. One AP-style earthquake story
  is republished on 3 pages with small edits (new toll, a paragraph swapped, a local paragraph
  added, new headline), including the wire's recurring "Background:" paragraph; 2 other
  different stories. Noise (site menu, wire credit line, wire copyright notice on 4 pages,
  "Trending" box, footer): 31 template, 7 page-specific; keep 41, of which 15 recurring (19 on
  >= 2 pages).
- ``trap_pl_wybory_zbiezne`` (pl, 4 pages): Polish election articles sharing lines by coincidence:
  candidates' names one per line (in a list introduced without a colon, in a poll table printed
  one cell per line, in a list of names readers mentioned), the same official statement of the
  electoral commission (PKW) quoted as a paragraph in 2 articles (and a variant of it in a
  third), a campaign slogan sentence in 2 articles. Noise (menu on 2 pages, photo credits, tags, share, one "Czytaj
  też:"): 6 template, 6 page-specific; keep 49, of which 6 recurring (14 on >= 2 pages). Page 3
  has no noise at all.

Totals: 49 pages; 575 keep lines; 394 template and 177 page-specific noise lines.
"""

from __future__ import annotations

from noisy_corpus import NoisyCase, page_from_blocks


def _k(*lines: str) -> list[str]:
    return ["+" + line for line in lines]


def _n(*lines: str) -> list[str]:
    return ["-" + line for line in lines]


# ---------------------------------------------------------------------------
# en_regional_courier: a regional English daily (cookie note, e-edition prompt, most-read box,
# IPSO footer). Trap inside: the series standfirst "This article is part of Counting the Cost..."
# is the paper's own article text, written at the top of every instalment of the series.
# ---------------------------------------------------------------------------

_COURIER_SERIES = (
    "This article is part of Counting the Cost, our series on how rising prices are hitting "
    "households across the district."
)


def _courier(n, byline, date, title, paras, related, mostread, series=True, cookie=True, mid=2,
             comments_closed=False):
    head = _n("Subscribe from £1 a week",
              "News | Sport | What's On | Property | Jobs | Announcements")
    if cookie:
        head += _n("We use cookies to improve your experience. By continuing to browse you agree "
                   "to our cookie policy.")
    top = _k(title) + _n(byline, date)
    body1 = (_k(_COURIER_SERIES) if series else []) + _k(*paras[:mid])
    box = _n("Advertisement", "Read more: " + related)
    body2 = _k(*paras[mid:])
    tail = _n("Get the e-edition: read the Courier on your phone, tablet or computer.",
              "Most read", *mostread,
              "© 2025 Fenwick Courier Ltd. Registered in England No. 04822139.",
              "Contact | Advertise | Terms | Privacy | Complaints (IPSO regulated)")
    if comments_closed:
        tail.insert(-2, "-Comments are closed on this article.")
    return page_from_blocks(f"en_regional_courier_{n}", [head, top, body1, box, body2, tail])


_MOST_READ_A = ("Bypass roadworks to close Eastgate junction for three weeks",
                "Tributes paid to former Fenwick Town goalkeeper")
_MOST_READ_B = ("Council tax to rise by 4.99 per cent after budget vote",
                "Tributes paid to former Fenwick Town goalkeeper")

EN_REGIONAL = [
    _courier(1, "By Helen Marsh, Local Democracy Reporter", "Published: 07:15, 3 March 2025",
             "Food bank demand doubles as families skip meals to pay energy bills",
             ["Fenwick's largest food bank handed out 4,112 emergency parcels last year, more than "
              "twice the number it gave out before the pandemic, according to figures released on "
              "Monday.",
              "Volunteers at the Riverside Trust say the biggest change is who comes through the "
              "door: working parents, many with two jobs, who can no longer stretch their wages to "
              "the end of the month.",
              "“We used to see people in crisis once,” said coordinator Dev Ahluwalia. “Now we see "
              "the same families every fortnight, and they apologise every time.”",
              "The trust has started opening on Saturday mornings so that people working weekday "
              "shifts can collect parcels without losing pay.",
              "Energy costs are the most common reason given on referral forms, ahead of benefit "
              "delays and rent arrears.",
              "The county council said it had put £600,000 from the Household Support Fund into "
              "vouchers for school holidays, but admitted the money would run out by the summer.",
              "Donations of tinned meat, tea, toiletries and nappies are most needed, the trust said.",
              "Its warehouse on Mill Lane is open for drop-offs on weekday mornings, and "
              "supermarkets in the town have collection points near the tills.",
              "The trust is also looking for volunteer drivers to deliver parcels to people who "
              "cannot get to its distribution centres."],
             "Bypass roadworks to close Eastgate junction for three weeks", _MOST_READ_A,
             comments_closed=True),
    _courier(2, "By Tom Reddy", "Published: 18:40, 5 March 2025",
             "Bus fare cap to end in April, leaving rural commuters facing £6 return trips",
             ["Passengers in villages around Fenwick could see the cost of a return bus journey "
              "more than double when the government's £2 single-fare cap is withdrawn next month.",
              "Operator Vale Connect confirmed that fares on its 41 and 43 routes will revert to "
              "distance-based pricing from 6 April.",
              "For a commuter travelling from Ashby Cross into the town centre, that means a return "
              "ticket rising from £4 to £6.20.",
              "Parish councillor Maureen Elkins said the change would fall hardest on older "
              "residents and young apprentices who do not drive.",
              "“The bus is not a luxury out here. If it costs more, people simply stop going to "
              "work, to the doctor or to see their families,” she said.",
              "The Department for Transport said local authorities could use their own funds to "
              "keep fares down, but the county has not said whether it will do so.",
              "Vale Connect said passenger numbers on rural routes had recovered to 85% of their "
              "pre-pandemic level, but not enough to cover the cost of running them.",
              "A petition calling for the cap to be kept locally has gathered 2,300 signatures.",
              "The county's cabinet member for transport is due to answer questions on the issue "
              "at next week's full council meeting."],
             "Council tax to rise by 4.99 per cent after budget vote", _MOST_READ_A),
    _courier(3, "By Helen Marsh, Local Democracy Reporter", "Published: 09:02, 10 March 2025",
             "Council tax to rise by 4.99 per cent after budget vote",
             ["Households in Fenwick will pay an extra £94 a year for a Band D property after "
              "councillors approved the maximum rise allowed without a referendum.",
              "The council's finance chief said the authority faced a £14 million gap, driven mainly "
              "by the cost of adult social care and placements for children in care.",
              "Opposition councillors proposed to fund a smaller rise by selling the former "
              "magistrates' court building, but the amendment was defeated by 31 votes to 22.",
              "Libraries in Ashby Cross and Nethergate will move to reduced opening hours, and two "
              "public toilets on the seafront will close.",
              "Council leader Andrew Pike said the decision was “the least bad option on the table”.",
              "Green councillor Fiona Lusk said residents were “paying more and getting less every "
              "single year”.",
              "The authority will also draw £3.2 million from its reserves, leaving them at the "
              "lowest level the finance chief said he considered safe.",
              "Parish precepts and the police and fire levies will be added on top of the rise.",
              "Bills will be sent out at the end of March."],
             "Food bank demand doubles as families skip meals to pay energy bills", _MOST_READ_A,
             series=False),
    _courier(4, "By Priya Nandra", "Published: 12:20, 12 March 2025",
             "Pensioners turn to warm spaces as heating debt climbs",
             ["Nine churches and community halls in the district now run warm spaces through the "
              "winter, offering hot drinks and a heated room to anyone who needs one.",
              "At St Barnabas in Nethergate, about forty people a day come in, most of them over "
              "seventy and living alone.",
              "Volunteers serve soup at lunchtime and run a weekly session on saving energy at "
              "home.",
              "Retired postman Geoff Tarrant, 81, said he keeps his heating off until the evening "
              "and spends afternoons at the hall reading the papers.",
              "“I've paid my bills all my life. I'm not going to start running up debts now,” he "
              "said.",
              "Citizens Advice in Fenwick said the average energy debt among clients it helped last "
              "year was £1,840, up from £960 two years earlier.",
              "Age UK is urging older people to check whether they qualify for Pension Credit, which "
              "unlocks help with heating costs.",
              "The charity estimates that a third of eligible households in the district do not "
              "claim it.",
              "A list of warm spaces and their opening times is available at libraries and GP "
              "surgeries."],
             "Bus fare cap to end in April, leaving rural commuters facing £6 return trips",
             _MOST_READ_B, cookie=False),
    _courier(5, "By Tom Reddy", "Published: 16:55, 14 March 2025",
             "Childcare costs push parents out of work, survey finds",
             ["One in four parents of under-fives in the district has reduced their working hours "
              "or left a job because of the price of childcare, a survey by Fenwick College found.",
              "The average full-time nursery place in the town now costs £1,320 a month.",
              "Nursery owners say their own bills, from wages to food and rent, have risen faster "
              "than the funding they receive for government-backed free hours.",
              "Three nurseries in the area have closed since September, removing 140 places.",
              "Single mother Kerry Doyle, who works as a dental nurse, said she now spends more on "
              "childcare than on her rent.",
              "“I'm working to pay someone else to look after my son. Some months I'm barely "
              "breaking even,” she said.",
              "The survey's authors are calling for the expansion of free hours to be matched by a "
              "higher hourly rate for providers.",
              "The Department for Education said funding for the free hours had risen by more than "
              "£400 million this year.",
              "But the Early Years Alliance said providers in the district were still losing about "
              "£1.50 on every funded hour."],
             "Pensioners turn to warm spaces as heating debt climbs", _MOST_READ_B, mid=3),
]


# ---------------------------------------------------------------------------
# en_thinktank_blog: a policy institute's blog (PDF download, briefing sign-up, author box,
# institutional disclaimer, donation appeal). Trap inside: the subheadings "KEY POINTS" and
# "WHAT SHOULD GOVERNMENT DO?" in capitals recur in every brief and are the author's own text,
# as are the lists introduced without a colon.
# ---------------------------------------------------------------------------


def _tank(n, author, role, date, title, points, paras, recs, topics, pdf=True):
    head = _n("Centre for Fiscal and Social Policy", "Research | Events | Blog | Media | About us",
              "Donate")
    top = _k(title) + _n(f"{author} | {date} | 6 min read")
    if pdf:
        top += _n("Download this briefing (PDF, 412 KB)")
    kp = _k("KEY POINTS", *points)
    body = _k(*paras)
    rec = _k("WHAT SHOULD GOVERNMENT DO?", *recs)
    tail = _n("Topics: " + topics,
              f"{author} is {role} at the Centre for Fiscal and Social Policy.",
              "The views expressed in this post are those of the author and not necessarily those "
              "of the Centre, its trustees or funders.",
              "Our work is funded by people like you. Support independent research from £5 a month.",
              "Get our weekly briefing in your inbox", "Email address", "Sign up",
              "Registered charity no. 1093388. © Centre for Fiscal and Social Policy 2025.")
    return page_from_blocks(f"en_thinktank_blog_{n}", [head, top, kp, body, rec, tail])


EN_THINKTANK = [
    _tank(1, "Dr Laura Okafor", "a senior research fellow", "4 February 2025",
          "Why the fiscal rules are pushing investment off a cliff",
          ["Public investment is set to fall from 2.6% to 1.9% of GDP by the end of the decade.",
           "The cut is driven by the rule on debt, not by any judgement about which projects are "
           "worth doing.",
           "Maintenance backlogs in schools and hospitals now exceed £20bn."],
          ["Every government of the last fifteen years has promised to protect capital spending, "
           "and almost every one has cut it when the numbers got tight.",
           "The reason is simple. Cancelling a bridge or delaying a hospital wing costs nothing "
           "this year, while cutting a benefit or a salary hurts voters immediately.",
           "Our modelling suggests that the planned cuts would reduce the size of the economy by "
           "around 0.4% within ten years, which in turn worsens the public finances the rules are "
           "meant to protect.",
           "A rule that measures public sector net financial liabilities rather than gross debt "
           "would recognise that a new school is an asset, not just a cost."],
          ["Ring-fence a floor for public investment of 2.5% of GDP",
           "Switch the debt rule to a broader measure of the balance sheet",
           "Publish a ten-year pipeline of projects so that suppliers can plan"],
          "Fiscal policy, Public investment, Budget"),
    _tank(2, "Sam Whitfield", "an economist", "11 February 2025",
          "The hidden cost of the two-child limit",
          ["About 1.6 million children live in households affected by the two-child limit.",
           "Scrapping the limit would cost around £3.4bn a year.",
           "It is the single most cost-effective way to reduce child poverty."],
          ["The two-child limit was introduced in 2017 on the argument that families on benefits "
           "should face the same choices as families who support themselves through work.",
           "In practice, most affected families are in work. The policy has fallen on larger "
           "families who had children before a job loss, a separation or an illness.",
           "Our analysis of survey data finds that the limit has had almost no effect on birth "
           "rates, which was one of its stated goals.",
           "What it has done is push families deeper into poverty: children in the third or "
           "subsequent position in a family are now far more likely to live in deep poverty.",
           "Politicians of all parties say that child poverty is a priority. The evidence shows "
           "where to start."],
          ["Abolish the two-child limit in the next Budget",
           "If that is unaffordable, exempt children under five as a first step",
           "Commission an independent review of the benefit cap"],
          "Social security, Child poverty"),
    _tank(3, "Dr Laura Okafor", "a senior research fellow", "19 February 2025",
          "Councils are running out of road",
          ["One in ten English councils could issue a section 114 notice within two years.",
           "Spending on social care and temporary accommodation now absorbs most of their budgets.",
           "The local government funding formula has not been updated since 2013."],
          ["When Birmingham declared itself effectively bankrupt, many saw it as a story about one "
           "council's mistakes. It is better understood as a warning.",
           "Councils have lost around a quarter of their core spending power in real terms since "
           "2010, while demand for the services they are legally obliged to provide has soared.",
           "The cost of temporary accommodation for homeless families alone has more than doubled "
           "in five years.",
           "As a result, the services residents notice most, such as libraries, parks, bins and "
           "roads, are squeezed to pay for those that are statutory.",
           "Emergency loans and permission to sell assets buy time but do not fix the gap."],
          ["Update the funding formula on the basis of current needs",
           "Give councils multi-year settlements",
           "Move the cost of special educational needs transport to central government"],
          "Local government, Fiscal policy", pdf=False),
    _tank(4, "Ameena Qureshi", "head of health policy", "26 February 2025",
          "Waiting lists will not fall without more beds",
          ["The NHS in England has fewer beds per head than almost any comparable country.",
           "Hospitals routinely run above 92% occupancy, the level at which safety suffers.",
           "About 12,000 beds a day are occupied by patients who are well enough to leave."],
          ["The government has promised to cut waiting lists by the next election, and new "
           "diagnostic centres have helped.",
           "But elective surgery depends on beds, and beds are full of patients who cannot be "
           "discharged because there is no care package waiting for them at home.",
           "The result is cancelled operations, ambulances queuing outside emergency departments "
           "and staff who spend their shifts searching for space.",
           "Adding capacity in social care would do more for waiting lists than another round of "
           "targets.",
           "Our estimate is that 5,000 extra community care places would free up around 3,500 "
           "hospital beds within a year.",
           "That is not cheap, but it is cheaper than building new hospitals."],
          ["Fund a national programme of step-down care places",
           "Raise pay for care workers to at least the NHS Band 3 rate",
           "Set a target for bed occupancy alongside waiting time targets"],
          "Health, Social care"),
]


# ---------------------------------------------------------------------------
# en_tabloid: a British tabloid website (live ticker, app prompt, poll widget, newsletter,
# "Got a story?" box, comment count). Trap inside: the capitalised subheading "WHAT WE KNOW SO
# FAR" recurs in the paper's running stories and is article text.
# ---------------------------------------------------------------------------


def _blaze(n, ticker, title, byline, stamp, paras, poll, comments, app=True, cut=3):
    head = _n("THE DAILY BLAZE", "News | Politics | Showbiz | Sport | Money | Travel",
              "LIVE: " + ticker)
    top = _k(title) + _n(byline, stamp)
    if app:
        top += _n("Download the Daily Blaze app for breaking news alerts")
    body1 = _k(*paras[:cut])
    pollbox = _n("POLL: " + poll, "Yes", "No")
    body2 = _k(*paras[cut:])
    tail = _n("Sign up to our FREE newsletter for the stories everyone is talking about",
              "Got a story? Email tips@dailyblaze.co.uk or call 020 7946 0018",
              f"Comments ({comments})",
              "© Blaze Media Group Ltd. All rights reserved.")
    return page_from_blocks(f"en_tabloid_{n}", [head, top, body1, pollbox, body2, tail])


_WK = "WHAT WE KNOW SO FAR"

EN_TABLOID = [
    _blaze(1, "Storm Elin: 90mph gusts hit west coast as trains cancelled",
           "Families flee flooded homes as river bursts banks overnight",
           "By Jade Kenworthy, Chief Reporter", "Updated 06:48, 18 Jan 2025",
           ["Terrified families were rescued by boat in the early hours after the River Lune burst "
            "its banks and swamped dozens of homes.",
            "Firefighters waded through waist-deep water to reach pensioners trapped upstairs.",
            "Others were carried out in the arms of neighbours who had formed a human chain along "
            "the street.",
            "Mum-of-three Stacey Holt, 34, said: “We heard a roar and by the time I got downstairs "
            "the water was up to the sofa. We've lost everything.”",
            _WK,
            "Around 60 homes in the Caton Road area have been evacuated.",
            "The Environment Agency has issued three severe flood warnings, meaning danger to life.",
            "A rest centre has been opened at the town's leisure centre.",
            "Residents have been told not to drive through flood water.",
            "Council leader Phil Gaskell said: “This is the worst flooding this street has seen in "
            "living memory. We will not leave anyone without a roof tonight.”"],
           "Should the Government spend more on flood defences?", 212),
    _blaze(2, "Storm Elin: 90mph gusts hit west coast as trains cancelled",
           "Energy bosses rake in £2bn bonus bonanza as customers freeze",
           "By Mark Ellery, Political Editor", "Updated 22:10, 18 Jan 2025",
           ["Fat-cat energy bosses have pocketed almost £2billion in bonuses and dividends while "
            "millions of Brits struggle to heat their homes, our investigation reveals.",
            "Analysis of company accounts shows the six biggest suppliers and their parent firms "
            "paid out record sums last year.",
            "Labour MP Rachel Osei branded the figures “obscene” and demanded a windfall tax.",
            "Industry body Energy UK said profits were needed to fund investment in green power.",
            "Some of the payouts went to overseas shareholders, the accounts show.",
            "But campaigners pointed out that standing charges have risen by a third in two years.",
            "Ofgem said it was reviewing how standing charges are set.",
            "Pensioner Ron Gibbs, 79, from Wigan, told the Blaze he now sits in his coat and "
            "gloves in the evening to save money.",
            "“They're laughing all the way to the bank while we're freezing,” he said.",
            "A Treasury source said the Chancellor had “no plans” for a new windfall levy."],
           "Should energy bosses' bonuses be capped?", 1048, app=False),
    _blaze(3, "Manhunt under way after prison van ambush on M6",
           "Armed police hunt escaped prisoner after van ambushed on motorway",
           "By Jade Kenworthy, Chief Reporter", "Updated 09:15, 21 Jan 2025",
           ["A huge manhunt is under way after a convicted armed robber escaped when a prison van "
            "was ambushed on the M6.",
            "Two masked men in a black Audi forced the van to stop on the hard shoulder near "
            "junction 19 shortly after 7am.",
            "Police have warned the public not to approach the man, Kyle Brannigan, 29, who they "
            "describe as dangerous.",
            _WK,
            "The van was taking Brannigan from HMP Altcourse to a hearing in Manchester.",
            "Two guards were treated for minor injuries.",
            "Officers believe the ambush was planned weeks in advance by people who knew the "
            "van's route.",
            "The Audi was later found burnt out in a lay-by near Knutsford.",
            "Brannigan was jailed for 14 years in 2021 for a string of raids on post offices "
            "across Merseyside.",
            "Anyone who sees him is urged to dial 999 immediately."],
           "Should prison vans have armed escorts?", 387, cut=2),
    _blaze(4, "Manhunt under way after prison van ambush on M6",
           "Hospital waiting lists hit record as A&E patients wait 40 hours",
           "By Sophie Grant, Health Correspondent", "Updated 13:02, 22 Jan 2025",
           ["Desperate patients are waiting up to 40 hours for a bed in A&E as flu cases overwhelm "
            "hospitals.",
            "New figures show 7.6 million treatments were waiting to start at the end of November, "
            "a new record.",
            "Grandmother Irene Fox, 88, spent two nights on a trolley in a corridor after a fall.",
            _WK,
            "Flu admissions are four times higher than at the same point last year.",
            "Twelve NHS trusts have declared critical incidents.",
            "Norovirus and Covid have also added to pressure on wards.",
            "Health chiefs are urging eligible people to get their jab.",
            "Her daughter Karen said: “Nobody should be treated like that at her age. The staff "
            "were run off their feet.”",
            "The Department of Health said it was investing £1.8billion in extra beds and "
            "ambulances this winter."],
           "Have you waited more than 12 hours in A&E?", 904),
]


# ---------------------------------------------------------------------------
# fr_radio_publique: a French public regional broadcaster's site (listen button, breadcrumb,
# blocked-embed consent placeholder, podcast box, share bar, legal footer). Trap inside: the
# recap paragraph "Pour rappel, la réforme..." is the newsroom's own text, repeated in each
# article of the pensions coverage.
# ---------------------------------------------------------------------------

_FR_RAPPEL = ("Pour rappel, la réforme adoptée en 2023 repousse progressivement l'âge légal de "
              "départ de 62 à 64 ans et accélère l'allongement de la durée de cotisation.")


def _radio(n, rubrique, duree, date, title, paras, lire, embed=True, podcast=True, cut=3):
    head = _n("Radio Val de Loire", "Direct | Podcasts | Info | Sport | Culture | Météo",
              f"Accueil > Info > {rubrique}")
    top = _k(title) + _n(f"Écouter ({duree} min)", date)
    body1 = _k(*paras[:cut])
    mid = _n("Lire aussi : " + lire)
    if embed:
        mid += _n("Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.",
                  "Gérer mes choix")
    body2 = _k(*paras[cut:])
    tail = _n("Partager")
    if podcast:
        tail += _n("À écouter : Le Grand Débat, du lundi au vendredi à 12h10, et en podcast sur "
                   "l'application Radio Val de Loire.")
    tail += _n("Radio Val de Loire est une radio du service public.",
               "Mentions légales | Données personnelles | Gestion des cookies | "
               "Accessibilité : partiellement conforme")
    return page_from_blocks(f"fr_radio_publique_{n}", [head, top, body1, mid, body2, tail])


FR_RADIO = [
    _radio(1, "Société", 3, "Publié le 11 février 2025 à 07h12",
           "Retraites : les syndicats appellent à une nouvelle journée de mobilisation à Tours",
           ["L'intersyndicale d'Indre-et-Loire appelle à manifester jeudi dans les rues de Tours, "
            "à l'occasion de la reprise des discussions entre partenaires sociaux.",
            "Le cortège doit partir à 10h30 de la place Jean-Jaurès.",
            "Des rassemblements sont également prévus à Amboise, Chinon et Loches.",
            _FR_RAPPEL,
            "Pour les syndicats, le « conclave » voulu par le gouvernement ne doit pas servir à "
            "enterrer la question de l'âge.",
            "« Nous ne sommes pas là pour discuter de la couleur des rideaux », résume Nadia "
            "Benali, secrétaire départementale de la CGT.",
            "La préfecture attend entre 3 000 et 5 000 personnes.",
            "Des perturbations sont à prévoir sur le réseau de tram entre 10h et 14h.",
            "Lors de la dernière journée d'action, en janvier, 2 800 manifestants avaient été "
            "recensés par la police."],
           "Chômage : le taux repart à la hausse dans la région Centre-Val de Loire"),
    _radio(2, "Économie", 4, "Publié le 13 février 2025 à 18h40",
           "Retraites : à Blois, les carrières longues au cœur des inquiétudes",
           ["Entrés sur le marché du travail à 17 ou 18 ans, ils se demandent à quel âge ils "
            "pourront enfin partir.",
            "À Blois, plusieurs salariés de l'industrie ont témoigné au micro de Radio Val de Loire.",
            "Beaucoup disent avoir commencé comme apprentis, dans la métallurgie ou le bâtiment.",
            _FR_RAPPEL,
            "Jean-Marc, cariste depuis 38 ans, dit avoir « le dos en miettes ».",
            "« On nous parle de pénibilité, mais personne ne vient voir ce qu'on soulève toute la "
            "journée », raconte-t-il.",
            "Le dispositif carrières longues permet de partir plus tôt sous conditions, mais les "
            "règles ont été durcies.",
            "Les syndicats demandent qu'il soit élargi aux salariés ayant commencé avant 21 ans.",
            "La direction d'une usine de la zone industrielle indique avoir aménagé des postes pour "
            "ses salariés de plus de 58 ans.",
            "Mais, selon les représentants du personnel, ces postes sont trop peu nombreux."],
           "Retraites : les syndicats appellent à une nouvelle journée de mobilisation à Tours",
           embed=False),
    _radio(3, "Santé", 3, "Publié le 17 février 2025 à 12h05",
           "Déserts médicaux : l'Indre expérimente des médecins salariés par le département",
           ["Faute de généralistes, le conseil départemental de l'Indre a décidé de recruter "
            "lui-même des médecins.",
            "Douze praticiens sont désormais salariés et exercent dans cinq centres de santé.",
            "Ils perçoivent un salaire fixe, sans paiement à l'acte, et disposent d'un secrétariat "
            "commun.",
            "Près de 9 000 patients sans médecin traitant ont pu être pris en charge en un an.",
            "« C'est un modèle qui séduit les jeunes médecins : pas de gestion administrative, des "
            "horaires encadrés », explique la vice-présidente chargée de la santé.",
            "Le dispositif coûte environ 1,2 million d'euros par an au département.",
            "D'autres collectivités de la région envisagent de suivre l'exemple.",
            "Certains médecins libéraux y voient toutefois une concurrence déloyale.",
            "Le syndicat MG France rappelle que ces centres ne sont pas soumis aux mêmes "
            "contraintes que les cabinets privés."],
           "Hôpital de Châteauroux : les urgences régulées la nuit jusqu'en mars", cut=2),
    _radio(4, "Politique", 5, "Publié le 20 février 2025 à 08h30",
           "Retraites : le conclave se réunit, les élus locaux divisés",
           ["Les partenaires sociaux se retrouvent ce jeudi à Paris pour la deuxième séance de "
            "discussions sur les retraites.",
            "En région, les parlementaires ne cachent pas leurs divergences.",
            "Le député d'Indre-et-Loire Laurent Cassagne estime qu'il faut « revenir sur les 64 ans, "
            "point final ».",
            "Sa collègue du Loir-et-Cher, Sophie Marzin, juge au contraire qu'« on ne peut pas "
            "défaire une réforme sans dire comment on la finance ».",
            _FR_RAPPEL,
            "Le gouvernement a promis de soumettre au Parlement tout accord trouvé entre les "
            "partenaires sociaux.",
            "Le Medef, de son côté, refuse toute hausse des cotisations patronales.",
            "La CFDT plaide pour une retraite à la carte, avec un âge pivot négociable.",
            "Les conclusions sont attendues avant l'été."],
           "Retraites : à Blois, les carrières longues au cœur des inquiétudes", podcast=False,
           cut=4),
    _radio(5, "Environnement", 2, "Publié le 24 février 2025 à 16h50",
           "Sécheresse : des restrictions d'eau dès le mois de mars dans le Cher",
           ["La préfecture du Cher a placé douze communes en vigilance sécheresse, une décision "
            "rarissime à la fin de l'hiver.",
            "Les nappes phréatiques n'ont pas retrouvé leur niveau malgré les pluies d'automne.",
            "L'arrosage des jardins et le lavage des voitures sont interdits entre 9h et 20h.",
            "Les agriculteurs irrigants devront réduire leurs prélèvements de 20 %.",
            "La chambre d'agriculture craint des pertes importantes sur les cultures de printemps.",
            "Les contrôles seront renforcés, prévient la préfecture, avec des amendes pouvant "
            "atteindre 1 500 euros.",
            "Un comité sécheresse se réunira de nouveau à la mi-mars pour faire le point.",
            "Météo-France prévoit un printemps plus chaud et plus sec que la normale."],
           "Déserts médicaux : l'Indre expérimente des médecins salariés par le département",
           cut=2),
]


# ---------------------------------------------------------------------------
# de_regionalzeitung: a German regional daily (e-paper/abo menu, reading time, ad label,
# external-content consent box, "Mehr zum Thema", plus-article teaser, legal footer).
# Trap inside: the flood updates print the same gauge table one cell per line every day (header
# cells and many values recur) and the same closing advice sentence; all of it is article text.
# ---------------------------------------------------------------------------


def _table(rows):
    cells = ["Pegel", "Wasserstand", "Tendenz"]
    for row in rows:
        cells.extend(row)
    return _k(*cells)


_DE_HINWEIS = ("Aktuelle Pegelstände veröffentlicht das Landeshochwasserzentrum rund um die Uhr "
               "im Internet und über die App Meine Pegel.")


def _zeitung(n, ressort, author, date, lesezeit, title, teaser, paras, table, mehr,
             extern=True, abo=True, cut=2):
    head = _n("Elbtal-Anzeiger", "E-Paper | Abo | Anmelden", f"Startseite > {ressort}")
    top = _k(title, teaser) + _n(f"Von {author}", date, f"Lesezeit: {lesezeit} Minuten",
                                 "Artikel teilen")
    blocks = [head, top, _k(*paras[:cut]), _n("Anzeige")]
    if table:
        blocks.append(table)
    rest = _k(*paras[cut:])
    blocks.append(rest)
    if extern:
        blocks.append(_n("Empfohlener redaktioneller Inhalt",
                         "An dieser Stelle finden Sie einen externen Inhalt, der den Artikel "
                         "ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen.",
                         "Externen Inhalt anzeigen"))
    tail = _n("Mehr zum Thema", *mehr)
    if abo:
        tail += _n("Alle Artikel lesen: Elbtal-Anzeiger plus im ersten Monat für 0,99 €",
                   "Jetzt testen")
    tail += _n("Impressum | Datenschutz | AGB | Cookie-Einstellungen | Kontakt",
               "© Elbtal-Anzeiger GmbH & Co. KG")
    blocks.append(tail)
    return page_from_blocks(f"de_regionalzeitung_{n}", blocks)


DE_ZEITUNG = [
    _zeitung(1, "Region", "Katrin Lehmann", "Montag, 16.09.2024, 06:30 Uhr", 3,
             "Hochwasser an der Elbe: Pegel in Dresden steigt weiter",
             "Die Stadt rechnet mit Alarmstufe 3 am Dienstag. Erste Uferwege sind gesperrt.",
             ["Nach tagelangem Regen in Tschechien und Polen steigt die Elbe in Dresden weiter an.",
              "Am Montagmorgen lag der Pegel bei knapp fünf Metern, normal sind etwa zwei.",
              "Die Stadt hat das Terrassenufer und mehrere Radwege gesperrt.",
              "Anwohner in Laubegast und Pillnitz werden gebeten, Keller und Garagen zu räumen.",
              "Ein Deich- und Katastrophenalarm ist nach Angaben der Feuerwehr derzeit nicht "
              "geplant.",
              _DE_HINWEIS],
             _table([["Dresden", "4,96 m", "steigend"], ["Schöna", "5,41 m", "steigend"],
                     ["Riesa", "4,12 m", "steigend"]]),
             ["Carolabrücke: Abriss der Reste vor dem Hochwasser", "Wie gut ist Dresden geschützt?"]),
    _zeitung(2, "Region", "Katrin Lehmann", "Dienstag, 17.09.2024, 07:10 Uhr", 3,
             "Hochwasser an der Elbe: Alarmstufe 3 in Dresden ausgerufen",
             "Der Höchststand wird für Mittwoch erwartet. Die Altstadt bleibt nach Prognosen trocken.",
             ["In der Nacht hat die Elbe in Dresden die Marke von sechs Metern überschritten.",
              "Das Landeshochwasserzentrum hat daraufhin die Alarmstufe 3 ausgerufen.",
              "Mobile Schutzwände wurden in Gohlis und am Kleinen Gehege aufgebaut.",
              "Der Fährverkehr auf der Elbe ist komplett eingestellt.",
              "Oberbürgermeister Dirk Hilbert rief die Menschen auf, nicht zum Schauen an die "
              "Ufer zu kommen.",
              _DE_HINWEIS],
             _table([["Dresden", "6,04 m", "steigend"], ["Schöna", "6,22 m", "gleichbleibend"],
                     ["Riesa", "5,30 m", "steigend"]]),
             ["Wie gut ist Dresden geschützt?", "Sperrungen: Diese Straßen sind betroffen"]),
    _zeitung(3, "Region", "Martin Sauer", "Mittwoch, 18.09.2024, 06:45 Uhr", 4,
             "Hochwasser an der Elbe: Scheitel erreicht, Entwarnung noch nicht in Sicht",
             "Die Elbe steigt kaum noch. Die Behörden warnen aber vor aufgeweichten Deichen.",
             ["Die Hochwasserwelle hat Dresden in der Nacht zu Mittwoch ihren Höhepunkt erreicht.",
              "Mit gut sechs Metern blieb sie deutlich unter den Werten von 2002 und 2013.",
              "Die Feuerwehr kontrolliert dennoch rund um die Uhr die Deiche im Stadtgebiet.",
              "In Meißen lief Wasser in einige Keller in der Altstadt.",
              "Es dürfte mehrere Tage dauern, bis die Pegel wieder unter die Alarmgrenzen fallen.",
              _DE_HINWEIS],
             _table([["Dresden", "6,08 m", "gleichbleibend"], ["Schöna", "6,01 m", "fallend"],
                     ["Riesa", "5,66 m", "steigend"]]),
             ["Sperrungen: Diese Straßen sind betroffen", "Meißen: Keller in der Altstadt geflutet"],
             extern=False),
    _zeitung(4, "Politik", "Martin Sauer", "Donnerstag, 19.09.2024, 17:20 Uhr", 3,
             "Landtag: Streit um den Schuldenabbau nach der Wahl",
             "Die künftige Koalition muss Milliardenlücken schließen. Die Fraktionen liegen weit "
             "auseinander.",
             ["Drei Wochen nach der Landtagswahl streiten die Parteien in Sachsen über die "
              "Haushaltslage.",
              "Nach Angaben des Finanzministeriums fehlen im kommenden Doppelhaushalt rund drei "
              "Milliarden Euro.",
              "Die CDU will an der strengen sächsischen Schuldenbremse festhalten.",
              "SPD und Grüne fordern dagegen, Investitionen in Schulen und Brücken über Kredite zu "
              "finanzieren.",
              "Das BSW hat sich noch nicht festgelegt und verweist auf die laufenden Sondierungen.",
              "Eine Regierungsbildung vor Weihnachten gilt als unwahrscheinlich.",
              "Der Landesrechnungshof mahnt seit Jahren, die Personalkosten im Landesdienst zu "
              "begrenzen.",
              "Finanzminister Hartmut Vorjohann sprach von der schwierigsten Haushaltslage seit "
              "der Wiedervereinigung.",
              "Die Gewerkschaft Erziehung und Wissenschaft warnt vor Kürzungen an den Schulen.",
              "Ökonomen warnen vor Kürzungen bei den Kommunen, die bereits jetzt unter Druck "
              "stehen."],
             None,
             ["Sondierungen: CDU und BSW treffen sich erneut", "Was die Schuldenbremse erlaubt"],
             abo=False, cut=3),
    _zeitung(5, "Region", "Katrin Lehmann", "Freitag, 20.09.2024, 06:50 Uhr", 3,
             "Hochwasser an der Elbe: Pegel fällt, Aufräumen beginnt",
             "Die Alarmstufe 3 ist aufgehoben. Radwege bleiben wegen Schlamm vorerst gesperrt.",
             ["Die Elbe in Dresden ist am Freitagmorgen unter die Marke von fünf Metern gefallen.",
              "Das Landeshochwasserzentrum hob die Alarmstufe 3 auf, Stufe 2 gilt weiter.",
              "Auf den Elbwiesen liegen Treibgut und eine dicke Schicht Schlamm.",
              "Die Stadtreinigung will bis Mitte kommender Woche die wichtigsten Wege freiräumen.",
              "Die Dampfer der Sächsischen Dampfschiffahrt sollen frühestens ab Oktober wieder "
              "fahren.",
              _DE_HINWEIS],
             _table([["Dresden", "4,88 m", "fallend"], ["Schöna", "4,70 m", "fallend"],
                     ["Riesa", "5,02 m", "fallend"]]),
             ["Meißen: Keller in der Altstadt geflutet", "Carolabrücke: Abriss geht weiter"]),
]


# ---------------------------------------------------------------------------
# it_canale_telegram: an Italian Telegram news channel mirrored to the web (channel header,
# subscriber count, "Se hai Telegram..." prompt, views, edit time, buttons, hashtags).
# Trap inside: the morning round-up posts reuse the capitalised section subheadings POLITICA,
# ESTERI, ECONOMIA, written by the channel's author as part of every post.
# ---------------------------------------------------------------------------


def _tg(n, subs, title, sections, views, stamp, tags, edited=True, prompt=True):
    head = _n("Il Punto – notizie senza giri di parole", "@ilpuntonews", f"{subs} iscritti")
    if prompt:
        head += _n("Se hai Telegram, puoi visualizzare e unirti a Il Punto subito.",
                   "APRI IN TELEGRAM")
    blocks = [head, _k(title)]
    for sec in sections:
        blocks.append(_k(*sec))
    foot = _n(tags, f"👁 {views}")
    if edited:
        foot += _n(f"modificato {stamp}")
    else:
        foot += _n(stamp)
    foot += _n("Condividi", "Mostra commenti", "Iscriviti al canale")
    blocks.append(foot)
    return page_from_blocks(f"it_canale_telegram_{n}", blocks)


IT_TELEGRAM = [
    _tg(1, "48,2K", "☕ Buongiorno. Le notizie che contano oggi, lunedì 10 marzo.",
        [["POLITICA",
          "La maggioranza trova l'accordo sul decreto bollette: il bonus sociale sarà esteso alle "
          "famiglie con ISEE fino a 25 mila euro.",
          "L'opposizione parla di misura «tampone» e chiede di tassare gli extraprofitti delle "
          "società energetiche."],
         ["ESTERI",
          "A Gedda si apre il vertice tra Stati Uniti e Ucraina sulla proposta di tregua di trenta "
          "giorni.",
          "In Germania, Cdu e Spd annunciano un fondo da 500 miliardi per le infrastrutture."],
         ["ECONOMIA",
          "Lo spread tra Btp e Bund scende a 108 punti base, il livello più basso da tre anni.",
          "Stellantis conferma la cassa integrazione a Mirafiori fino a fine marzo."]],
        "31,7K", "08:14", "#rassegna #politica #esteri"),
    _tg(2, "48,3K", "☕ Buongiorno. Le notizie che contano oggi, martedì 11 marzo.",
        [["POLITICA",
          "Riforma della giustizia: la Camera approva in seconda lettura la separazione delle "
          "carriere.",
          "Il ministro Nordio annuncia che il referendum confermativo si terrà nella primavera del "
          "2026."],
         ["ESTERI",
          "Kiev accetta la proposta americana di cessate il fuoco, ora la palla passa a Mosca.",
          "Washington riprende la fornitura di intelligence e aiuti militari all'Ucraina.",
          "In Groenlandia si vota per il parlamento locale, con l'indipendenza al centro della "
          "campagna."],
         ["ECONOMIA",
          "L'Istat rivede al ribasso la crescita del 2024: il Pil è salito dello 0,5 per cento.",
          "Borse europee in calo dopo i nuovi dazi annunciati dalla Casa Bianca."]],
        "29,9K", "08:02", "#rassegna #ucraina #giustizia", edited=False),
    _tg(3, "48,3K", "Perché il riarmo europeo divide la maggioranza",
        [["Il piano da 800 miliardi presentato da Ursula von der Leyen sta aprendo una crepa nel "
          "governo.",
          "Forza Italia lo sostiene senza riserve, la Lega lo definisce «una follia» e Fratelli "
          "d'Italia cerca una via di mezzo.",
          "Il nodo è la clausola che permette di scorporare la spesa militare dal Patto di "
          "stabilità: per Roma significherebbe più debito.",
          "Giorgetti ha fatto sapere che l'Italia non intende indebitarsi per comprare armi.",
          "Nel frattempo, a Strasburgo, il Pd si è diviso nel voto sulla risoluzione.",
          "Risultato: un tema che doveva unire l'Europa sta mettendo in difficoltà i due poli in "
          "Italia.",
          "Meloni, per ora, evita di prendere posizione in pubblico e rinvia tutto al Consiglio "
          "europeo di fine mese.",
          "Ma il tempo per trovare una linea comune si sta esaurendo."]],
        "41,2K", "19:36", "#analisi #difesa #ue", prompt=False),
    _tg(4, "48,5K", "☕ Buongiorno. Le notizie che contano oggi, giovedì 13 marzo.",
        [["POLITICA",
          "Dopo lo scontro sul riarmo, la premier convoca un vertice di maggioranza a Palazzo "
          "Chigi.",
          "Il Senato approva il decreto sulle liste d'attesa: nuove sanzioni per le Asl che non "
          "rispettano i tempi."],
         ["ESTERI",
          "Putin apre alla tregua ma pone condizioni: «Molte questioni vanno chiarite».",
          "Il primo ministro canadese Mark Carney giura a Ottawa."],
         ["ECONOMIA",
          "L'inflazione a febbraio sale all'1,7 per cento, spinta dai prezzi dell'energia.",
          "Il governo stanzia 1,1 miliardi per l'automotive, ma le risorse arrivano dai fondi "
          "per la transizione."]],
        "30,4K", "08:09", "#rassegna #russia #inflazione"),
]


# ---------------------------------------------------------------------------
# pl_portal_regionalny: a Polish regional news portal with a busy comment section (menu, ad
# labels, "Czytaj też", tip-off box, comment counter, reader comments with reply/report links,
# moderation note). Trap inside: the crime reporter's one-line reminder on presumption of
# innocence ends each police report and is article text; so are lists introduced without a colon.
# ---------------------------------------------------------------------------

_PL_DOMNIEMANIE = ("Przypominamy, że do czasu prawomocnego wyroku sądu każda osoba jest uznawana "
                   "za niewinną.")


def _pomorze(n, kat, author, date, title, lead, paras, czytaj, comments, reklama2=True, cut=2):
    head = _n("Pomorze24.pl", "Wiadomości | Sport | Kultura | Motoryzacja | Nieruchomości | "
              "Ogłoszenia", kat)
    top = _k(title) + _n(author, date) + _k(lead)
    blocks = [head, top, _k(*paras[:cut]), _n("REKLAMA", "Czytaj też: " + czytaj),
              _k(*paras[cut:])]
    tail = _n("Masz temat? Napisz do nas: redakcja@pomorze24.pl")
    tail += _n(f"Komentarze ({len(comments) * 11 + 3})",
               "Zaloguj się, aby dodać komentarz")
    for nick, text in comments:
        tail += _n(f"{nick}: {text}")
    tail += _n("Redakcja Pomorze24.pl nie ponosi odpowiedzialności za treść komentarzy.")
    blocks.append(tail)
    return page_from_blocks(f"pl_portal_regionalny_{n}", blocks)


PL_POMORZE = [
    _pomorze(1, "Wiadomości > Gdańsk", "Agnieszka Wróbel", "12.03.2025, 08:40",
             "Gdańsk. Zatrzymano 24-latka podejrzanego o podpalenie samochodów na Zaspie",
             "Policjanci zatrzymali mężczyznę, który w ciągu dwóch tygodni miał podpalić pięć aut "
             "zaparkowanych przy ul. Pilotów.",
             ["Do pożarów dochodziło nocą, zawsze między drugą a czwartą nad ranem.",
              "Śledczy przejrzeli nagrania z kilkunastu kamer monitoringu miejskiego i prywatnego.",
              "Mężczyzna usłyszał pięć zarzutów zniszczenia mienia, grozi mu do pięciu lat "
              "więzienia.",
              "Sąd zdecydował o trzymiesięcznym areszcie.",
              "Jak ustalili śledczy, mężczyzna mieszkał kilka ulic dalej i nie był wcześniej "
              "notowany.",
              "Policja apeluje do mieszkańców, którzy mają nagrania z wideorejestratorów, o "
              "kontakt z komisariatem na Przymorzu.",
              "To już kolejna seria podpaleń w tej części Gdańska. Jesienią spłonęły cztery auta "
              "na Przymorzu, sprawca nie został wykryty.",
              "Śledczy sprawdzają, czy zatrzymany ma związek także z tamtymi pożarami.",
              _PL_DOMNIEMANIE],
             "Tramwaj wykoleił się na Hucisku. Utrudnienia w centrum",
             [("Gość_Zaspa", "Nareszcie, ludzie bali się parkować pod blokiem"),
              ("marek77", "A kto zapłaci właścicielom za spalone auta?")]),
    _pomorze(2, "Wiadomości > Gdynia", "Paweł Kaszubowski", "13.03.2025, 14:15",
             "Gdynia chce płatnego parkowania w całym Śródmieściu. Mieszkańcy protestują",
             "Miasto planuje objąć strefą płatnego parkowania kolejne ulice. Radni zdecydują w "
             "kwietniu.",
             ["Nowa strefa miałaby objąć ulice w rejonie Wzgórza Świętego Maksymiliana i Redłowa.",
              "Według urzędników kierowcy dojeżdżający do pracy zajmują miejsca, których brakuje "
              "mieszkańcom.",
              "Zmiany obejmą m.in. ulice",
              "Legionów",
              "Wielkopolską",
              "Stryjską",
              "Abonament mieszkańca ma kosztować 20 zł miesięcznie.",
              "Godzina postoju dla pozostałych kierowców ma kosztować 6 zł.",
              "Rada dzielnicy Redłowo zebrała już ponad 1200 podpisów przeciw projektowi.",
              "Przedsiębiorcy z ul. Starowiejskiej obawiają się z kolei, że klienci przestaną "
              "przyjeżdżać do ich sklepów."],
             "Gdańsk. Zatrzymano 24-latka podejrzanego o podpalenie samochodów na Zaspie",
             [("redlowianka", "Za chwilę każą płacić za wyjście z domu"),
              ("Tomek_G", "Wreszcie, nie da się zaparkować przez dojeżdżających"),
              ("Gość", "Rada miasta i tak zrobi swoje")], reklama2=False),
    _pomorze(3, "Wiadomości > Sopot", "Agnieszka Wróbel", "14.03.2025, 10:05",
             "Sopot. Oszuści podszywali się pod policjantów. Seniorka straciła 80 tys. zł",
             "Kobieta przekazała pieniądze mężczyźnie, który przyszedł po nie pod jej dom. Dwie "
             "osoby zostały zatrzymane.",
             ["Najpierw zadzwonił „wnuczek”, potem rzekomy policjant z Centralnego Biura "
              "Śledczego.",
              "Kobieta usłyszała, że jej oszczędności są zagrożone i trzeba je przekazać do "
              "„zabezpieczenia”.",
              "Funkcjonariusze z Sopotu ustalili tożsamość odbierającego pieniądze i jego "
              "wspólnika.",
              "Obaj mężczyźni w wieku 19 i 22 lat usłyszeli zarzuty oszustwa.",
              "Grozi im do ośmiu lat więzienia.",
              "Policja przypomina, że prawdziwi funkcjonariusze nigdy nie proszą o przekazanie "
              "pieniędzy.",
              "W tym roku seniorzy z Trójmiasta stracili w ten sposób już ponad 1,5 mln zł.",
              "Policjanci apelują, by rozmawiać o tym zagrożeniu ze starszymi członkami rodziny.",
              _PL_DOMNIEMANIE],
             "Gdynia chce płatnego parkowania w całym Śródmieściu. Mieszkańcy protestują",
             [("Ania_S", "Trzeba rozmawiać z rodzicami i dziadkami, to działa"),
              ("kaszub", "Co z tego, pieniędzy już nikt nie odda")]),
    _pomorze(4, "Wiadomości > Pomorze", "Paweł Kaszubowski", "15.03.2025, 19:30",
             "Szpital w Kościerzynie zawiesza oddział położniczy. Najbliższa porodówka 40 km dalej",
             "Powodem jest brak lekarzy. Zarząd powiatu szuka rozwiązania do końca miesiąca.",
             ["Od 1 kwietnia porody nie będą przyjmowane w Szpitalu Specjalistycznym w "
              "Kościerzynie.",
              "Dyrekcja tłumaczy, że na oddziale zostało dwóch ginekologów, a grafik dyżurów nie "
              "da się obsadzić.",
              "Ciężarne będą kierowane do Kartuz, Gdańska lub Chojnic.",
              "Dla mieszkanek południowej części powiatu oznacza to dojazd nawet godzinę w jedną "
              "stronę.",
              "Radni opozycji zarzucają zarządowi powiatu, że o problemie wiedział od roku.",
              "Starosta zapewnia, że trwają rozmowy z lekarzami z innych województw.",
              "W ubiegłym roku w Kościerzynie urodziło się 412 dzieci.",
              "Podobne problemy mają szpitale w kilku innych powiatach województwa.",
              "Ministerstwo Zdrowia zapowiada nowe zasady finansowania małych porodówek."],
             "Sopot. Oszuści podszywali się pod policjantów. Seniorka straciła 80 tys. zł",
             [("mama_dwojki", "40 km z porodówką w zimie to dramat"),
              ("Gość_Kościerzyna", "Politycy obiecywali, że szpital będzie rozwijany"),
              ("lekarz_rodzinny", "Problem jest w całej Polsce, brakuje anestezjologów")],
             cut=3),
]


# ---------------------------------------------------------------------------
# ru_agregator: a Russian wire-news aggregator site (18+ mark, menu, source line, "Читайте также",
# ad label, Telegram plug, Ctrl+Enter error note, most-read box, media registration notice).
# Trap inside: the background note "Справка" with its standard paragraph on the key rate is the
# copy's own text and recurs in every story about the central bank.
# ---------------------------------------------------------------------------

_RU_SPRAVKA = ("Ключевая ставка — основной инструмент денежно-кредитной политики Банка России. "
               "От её уровня зависят проценты по кредитам и вкладам в банках.")


def _lenta(n, rubrika, date, source, title, paras, also, top3, tg=True, cut=2):
    head = _n("ЛентаДня", "Главное | Политика | Экономика | Происшествия | Мир | Спорт", "18+")
    top = _n(rubrika, date) + _k(title)
    blocks = [head, top, _k(*paras[:cut]), _n("Реклама", "Читайте также: " + also),
              _k(*paras[cut:])]
    tail = _n("Источник: " + source,
              "Нашли ошибку? Выделите её и нажмите Ctrl+Enter")
    if tg:
        tail += _n("Подписывайтесь на ЛентаДня в Telegram — главное за день в одном канале")
    tail += _n("Самое читаемое", *top3,
               "Сетевое издание «ЛентаДня» зарегистрировано Роскомнадзором, свидетельство "
               "Эл № ФС 77-81234. При полном или частичном использовании материалов ссылка на ЛентаДня обязательна.")
    blocks.append(tail)
    return page_from_blocks(f"ru_agregator_{n}", blocks)


_RU_TOP = ("Синоптики пообещали аномальное тепло в Центральной России",
           "В Госдуме предложили ограничить продажу энергетиков подросткам")


RU_LENTA = [
    _lenta(1, "Экономика", "14 февраля 2025, 13:32", "Интерфакс",
           "ЦБ сохранил ключевую ставку на уровне 21%",
           ["Совет директоров Банка России в пятницу сохранил ключевую ставку на уровне 21% "
            "годовых.",
            "Решение совпало с ожиданиями большинства аналитиков.",
            "Регулятор отметил, что инфляционное давление остаётся высоким, а рост кредитования "
            "замедляется.",
            "В пресс-релизе говорится, что ЦБ допускает возможность повышения ставки на ближайших "
            "заседаниях.",
            "Годовая инфляция в январе составила 9,9%.",
            "Цель регулятора — 4% — по прогнозу ЦБ будет достигнута не раньше 2026 года.",
            "Справка",
            _RU_SPRAVKA,
            "Следующее заседание по ставке запланировано на 21 марта.",
            "Рубль после объявления решения укрепился к доллару на 0,4%."],
           "Минфин разместил ОФЗ на 90 млрд рублей", _RU_TOP),
    _lenta(2, "Происшествия", "15 февраля 2025, 08:10", "ТАСС",
           "В Якутии спасатели эвакуировали пассажиров застрявшего на трассе автобуса",
           ["Спасатели МЧС эвакуировали 27 пассажиров междугороднего автобуса, который сломался на "
            "федеральной трассе «Колыма» при морозе минус 48 градусов.",
            "Автобус следовал из Якутска в посёлок Хандыга.",
            "По предварительным данным, у машины вышла из строя топливная система.",
            "Водитель сообщил о поломке около полуночи, через три часа к месту прибыли спасатели.",
            "Пассажиров доставили в пункт обогрева в ближайшем селе, пострадавших нет.",
            "Двоих пассажиров с признаками переохлаждения осмотрели медики, госпитализация не "
            "потребовалась.",
            "Прокуратура начала проверку соблюдения правил перевозки пассажиров.",
            "Ранее власти республики рекомендовали не выезжать на трассы без сопровождения при "
            "температуре ниже минус 45 градусов.",
            "По данным синоптиков, аномальные морозы в центральной Якутии сохранятся как минимум "
            "до конца недели.",
            "В Якутске из-за холода отменены занятия в школах для учеников начальных классов."],
           "В Якутии закрыли школы из-за морозов", _RU_TOP, cut=3),
    _lenta(3, "Экономика", "18 февраля 2025, 17:45", "РБК",
           "Банки начали снижать ставки по вкладам",
           ["Крупнейшие российские банки начали снижать доходность по рублёвым депозитам.",
            "По данным мониторинга ЦБ, средняя максимальная ставка в десяти крупнейших банках "
            "опустилась до 20,8% годовых.",
            "Аналитики связывают это с ожиданиями, что ключевая ставка достигла пика.",
            "Первыми ставки снизили Сбербанк и ВТБ, за ними последовали банки второго эшелона.",
            "Снижение пока составляет от 0,5 до 1,5 процентного пункта в зависимости от срока.",
            "Справка",
            _RU_SPRAVKA,
            "Эксперты советуют вкладчикам фиксировать текущие ставки на срок от полугода.",
            "При этом ставки по ипотеке без господдержки остаются выше 28%.",
            "Объём средств на срочных вкладах населения за январь вырос на 1,6%."],
           "ЦБ сохранил ключевую ставку на уровне 21%",
           ("ЦБ сохранил ключевую ставку на уровне 21%", _RU_TOP[1]), tg=False),
    _lenta(4, "Мир", "19 февраля 2025, 11:20", "РИА Новости",
           "В Эр-Рияде прошли переговоры делегаций России и США",
           ["Во вторник в Эр-Рияде состоялись первые за долгое время переговоры делегаций России "
            "и США на уровне министров иностранных дел.",
            "Встреча продолжалась около четырёх с половиной часов.",
            "Российскую делегацию возглавил министр иностранных дел Сергей Лавров.",
            "Стороны договорились восстановить работу посольств в полном объёме.",
            "Также было решено сформировать рабочие группы по урегулированию конфликта на "
            "Украине.",
            "Киев заявил, что не признает договорённостей, достигнутых без его участия.",
            "Европейские лидеры накануне провели экстренную встречу в Париже.",
            "Госсекретарь США Марко Рубио назвал переговоры «первым шагом долгого пути».",
            "Помощник президента России Юрий Ушаков заявил, что сроки возможной встречи Путина и "
            "Трампа пока не определены."],
           "Лавров и Рубио обсудили возобновление авиасообщения", _RU_TOP),
    _lenta(5, "Экономика", "21 февраля 2025, 15:05", "Интерфакс",
           "Набиуллина: условия для снижения ставки пока не созданы",
           ["Глава Банка России Эльвира Набиуллина заявила, что условий для снижения ключевой "
            "ставки пока нет.",
            "Выступая на съезде Ассоциации банков России, она отметила, что экономика "
            "по-прежнему перегрета.",
            "По её словам, зарплаты растут быстрее производительности, а безработица находится на "
            "историческом минимуме.",
            "Набиуллина призвала банки ответственнее подходить к выдаче потребительских кредитов.",
            "Она также заявила, что ЦБ не будет ослаблять макропруденциальные лимиты.",
            "Справка",
            _RU_SPRAVKA,
            "Аналитики не ожидают смягчения политики регулятора раньше лета.",
            "Министр финансов Антон Силуанов на том же съезде заявил, что бюджет будет "
            "исполняться без увеличения дефицита."],
           "Банки начали снижать ставки по вкладам", _RU_TOP, cut=3),
]


# ---------------------------------------------------------------------------
# TRAP trap_en_qa_column: a columnist's newsletter-style blog. Every post answers the same fixed
# questions (subheadings), carries the author's own one-line disclosure inside the text, and ends
# with the same signature paragraph (a stock argument the author repeats). All of that is `+`.
# The platform's buttons and counters are noise.
# ---------------------------------------------------------------------------

_QA_Q1 = "What happened?"
_QA_Q2 = "Why does it matter?"
_QA_Q3 = "What happens next?"
_QA_DISCLOSURE = "As always, I own no shares in any company I write about here."
_QA_SIGNATURE = ("And, as I say every week: a budget is a moral document. Ignore the speeches, read "
                 "the tables, and you will know whom a government really works for.")


def _column(n, date, likes, title, sub, a1, a2, a3, noise_extra=(), disclosure=True):
    head = _n("The Ledger with Ruth Calloway", "Subscribe", "Sign in")
    top = _k(title, sub) + _n(f"Ruth Calloway · {date}", f"{likes} likes", "Share")
    blocks = [head, top, _k(_QA_Q1, *a1), _k(_QA_Q2, *a2)]
    if disclosure:
        blocks.append(_k(_QA_DISCLOSURE))
    blocks += [_k(_QA_Q3, *a3), _k(_QA_SIGNATURE)]
    tail = _n("Thanks for reading The Ledger! Subscribe for free to receive new posts.",
              "Subscribe", *noise_extra, "Leave a comment", "Restack", "© 2025 Ruth Calloway")
    blocks.append(tail)
    return page_from_blocks(f"trap_en_qa_column_{n}", blocks)


TRAP_QA_COLUMN = [
    _column(1, "Mar 2", 412, "The supermarket price-cap that wasn't",
            "Ministers asked nicely. The shelves did not listen.",
            ["The government announced a voluntary agreement with the big four supermarkets to "
             "cap the price of thirty staple items.",
             "Within a week, shoppers noticed that several of the capped products had shrunk in "
             "size."],
            ["Food inflation has fallen, but prices have not. They have simply stopped rising as "
             "fast.",
             "A voluntary cap lets retailers choose which items to protect, and they choose the ones "
             "they already sell at a loss to draw people in."],
            ["The competition regulator will report on grocery margins in June.",
             "If it finds that profits have risen, expect pressure for a mandatory scheme."]),
    _column(2, "Mar 9", 538, "Water bills are going up 30%. Who is paying for what?",
            "A lesson in how debt finds its way onto your doormat.",
            ["The regulator approved average bill increases of around 36% over five years for "
             "water companies in England and Wales.",
             "Some companies, including the most indebted, were allowed rises of more than 40%."],
            ["Customers are being asked to fund investment that should have been made over the last "
             "two decades, while dividends were being paid.",
             "Interest on the sector's debt now takes a growing share of every bill."],
            ["Several companies are appealing for even higher increases.",
             "The independent commission on the sector is due to report in the summer, and "
             "nationalisation is back in the conversation."],
            noise_extra=("Upgrade to paid",)),
    _column(3, "Mar 16", 377, "The tax cut that costs more than it says",
            "Freezing thresholds is a tax rise. Unfreezing them is a tax cut. Both are hidden.",
            ["The chancellor announced that income tax thresholds will rise with inflation from "
             "2028, ending a freeze that began in 2021.",
             "The measure was presented as relief for working families."],
            ["The freeze has pulled millions of people into higher tax bands without any change in "
             "the headline rates.",
             "Ending it in 2028 means the bulk of the extra revenue has already been collected."],
            ["The Office for Budget Responsibility will publish its costing with the spring "
             "forecast.",
             "Watch the line for 'fiscal drag' rather than the headline announcement."],
            disclosure=False),
    _column(4, "Mar 23", 603, "Defence spending up, aid down: reading the trade-off",
            "Britain will spend 2.5% of GDP on defence by 2027. The aid budget pays for it.",
            ["The prime minister announced that defence spending will reach 2.5% of GDP by 2027.",
             "The increase will be funded by cutting overseas aid from 0.5% to 0.3% of national "
             "income."],
            ["Part of the aid budget is already spent at home on housing asylum seekers, so the cut "
             "to programmes abroad is deeper than the headline suggests.",
             "Health and education projects in some of the poorest countries will close."],
            ["A defence investment plan is due in the autumn.",
             "The international development minister has resigned, and more backbench dissent is "
             "likely."],
            noise_extra=("Upgrade to paid", "Listen to this post")),
]


# ---------------------------------------------------------------------------
# TRAP trap_en_wire_reposts: a wire-service aggregator. The same wire story is republished on
# three pages (an early version, an update with a new toll and a trimmed paragraph, and a
# re-headlined copy with one local paragraph added). All copies are article text, including the
# wire's recurring "Background" paragraph. Two other, different articles share the site.
# Noise: site menu, wire credit line, wire copyright notice, "Trending" box.
# ---------------------------------------------------------------------------

_W_BG = ("Background: Myanmar has been in turmoil since the military seized power in February "
         "2021, and much of the country's infrastructure was already damaged by the civil war "
         "before the earthquake struck.")
_W1 = ("A powerful 7.7 magnitude earthquake struck central Myanmar on Friday, toppling buildings "
       "and a bridge and sending tremors as far as Bangkok, where a high-rise under construction "
       "collapsed.")
_W2 = ("The quake's epicentre was near Mandalay, the country's second-largest city, at a shallow "
       "depth of 10 kilometres, the U.S. Geological Survey said.")
_W3 = ("Myanmar's military government declared a state of emergency in six regions and made a "
       "rare appeal for international aid.")
_W4 = ("In Bangkok, rescuers searched through the rubble of a 30-storey tower near the Chatuchak "
       "market, where dozens of construction workers were believed to be trapped.")
_W5 = ("Video posted on social media showed water sloshing out of rooftop pools and people "
       "running into the streets as buildings swayed.")
_W6 = ("Aid groups warned that hospitals in the affected areas were overwhelmed and short of "
       "blood, medicine and body bags.")


def _wire(n, title, paras, credit, trending, copyright=True):
    head = _n("Newsline Daily — World news as it happens", "World | US | Business | Tech | Health")
    top = _k(title) + _n(credit)
    tail = []
    if copyright:
        tail += _n("Copyright 2025 The Associated Press. All rights reserved. This material may "
                   "not be published, broadcast, rewritten or redistributed without permission.")
    tail += _n("Trending", *trending, "About | Privacy | Terms | Do Not Sell My Info")
    return page_from_blocks(f"trap_en_wire_reposts_{n}", [head, top, _k(*paras), tail])


_TREND = ("Stocks slide as tariff deadline nears", "Measles cases climb in Texas outbreak")

TRAP_WIRE = [
    _wire(1, "Powerful earthquake strikes Myanmar, shaking buildings in Bangkok",
          [_W1, _W2, "State media said at least 144 people were killed in Myanmar and more than "
           "700 injured.", _W3, _W4, _W5, _W_BG],
          "By The Associated Press · Mar 28, 2025, 9:41 AM", _TREND),
    _wire(2, "Myanmar earthquake death toll passes 1,000 as rescuers dig through rubble",
          [_W1, _W2, "The military government said on Saturday that more than 1,000 people had "
           "been killed and over 2,300 injured, figures expected to rise.", _W3, _W4, _W6, _W_BG],
          "By The Associated Press · Mar 29, 2025, 6:12 AM", _TREND),
    _wire(3, "Bangkok tower collapse: dozens trapped after Myanmar quake",
          [_W1, _W2, "State media said at least 144 people were killed in Myanmar and more than "
           "700 injured.", _W3, _W4,
           "Thailand's prime minister declared an emergency in the capital and ordered checks on "
           "every high-rise under construction.", _W5, _W_BG],
          "By The Associated Press · Updated Mar 28, 2025, 2:03 PM",
          ("Stocks slide as tariff deadline nears", "Thousands rally against Israel strikes")),
    _wire(4, "Measles cases climb in Texas outbreak, health officials say",
          ["The number of measles cases in West Texas has risen to 400, state health officials "
           "said on Friday, making it the largest outbreak in the state in three decades.",
           "Most of those infected are children who were not vaccinated.",
           "Two unvaccinated people, a child in Texas and an adult in New Mexico, have died.",
           "Officials said the outbreak was centred on a Mennonite community in Gaines County, "
           "where vaccination rates are low.",
           "Health experts warn that the virus is likely to keep spreading into the summer.",
           "State officials have sent extra vaccine doses to clinics in the region and are running "
           "free vaccination events at schools.",
           "Cases linked to the outbreak have also been reported in Oklahoma and Kansas."],
          "By The Associated Press · Mar 28, 2025, 5:30 PM",
          ("Stocks slide as tariff deadline nears", "Myanmar earthquake death toll passes 1,000")),
    _wire(5, "Markets slide as tariff deadline nears",
          ["U.S. stocks fell sharply on Friday as investors braced for a new round of tariffs "
           "due to take effect next week.",
           "The S&P 500 dropped 2% and the Nasdaq lost 2.7%, led by technology shares.",
           "A report showing consumer prices rising faster than expected added to the gloom.",
           "Consumer confidence has fallen to its lowest level in more than two years.",
           "Analysts said uncertainty over trade policy was making companies delay investment.",
           "The dollar weakened against the euro and the yen, while gold rose to a record high.",
           "Carmakers were among the hardest hit after the White House confirmed tariffs on "
           "imported vehicles and parts."],
          "By Reuters · Mar 28, 2025, 4:55 PM", _TREND[1:], copyright=False),
]


# ---------------------------------------------------------------------------
# TRAP trap_pl_wybory_zbiezne: Polish articles on the presidential election that share lines by
# coincidence, all article text: the candidates' names printed one per line in lists (introduced
# without a colon), the same official statement of the electoral commission (PKW) quoted as a
# paragraph, a campaign slogan quoted in several pieces, and a poll table one cell per line.
# Noise: photo credit, tags, share link, a menu on some pages; one page has no noise at all.
# ---------------------------------------------------------------------------

_PKW = ("„Głosowanie przebiega spokojnie, nie odnotowano zdarzeń mogących mieć wpływ na jego "
        "wynik” – poinformowała Państwowa Komisja Wyborcza.")
_HASLO = "Hasło kampanii brzmi „Polska jest jedna”."
_KAND = ("Rafał Trzaskowski", "Karol Nawrocki", "Sławomir Mentzen", "Szymon Hołownia",
         "Magdalena Biejat")


def _wybory(n, blocks, noise=True, menu=False):
    out = []
    if menu:
        out.append(_n("Kraj | Świat | Gospodarka | Opinie"))
    out += blocks
    if noise:
        out.append(_n("Tagi: wybory prezydenckie 2025, PKW", "Udostępnij"))
    return page_from_blocks(f"trap_pl_wybory_zbiezne_{n}", out)


TRAP_PL = [
    _wybory(1, [
        _k("Wybory prezydenckie. Frekwencja do godz. 17 wyniosła 50,7 proc."),
        _n("Fot. PAP/Leszek Szymański"),
        _k("Do godziny 17 w wyborach prezydenckich zagłosowało 50,7 proc. uprawnionych, poinformowała "
           "PKW na konferencji prasowej.",
           "To wynik wyższy niż w pierwszej turze wyborów w 2020 roku o tej samej porze.",
           _PKW,
           "Najwyższą frekwencję odnotowano w województwach",
           "mazowieckim",
           "małopolskim",
           "pomorskim",
           "Najniższa była w województwie opolskim.",
           "Lokale wyborcze będą otwarte do godziny 21.")], menu=True),
    _wybory(2, [
        _k("Kto wejdzie do drugiej tury? Najnowszy sondaż przed ciszą wyborczą"),
        _n("Fot. PAP/Paweł Supernak"),
        _k("Według sondażu opublikowanego w piątek do drugiej tury wejdą kandydaci Koalicji "
           "Obywatelskiej i popierany przez PiS kandydat obywatelski.",
           "Ankietowanych pytano, na kogo oddadzą głos w niedzielę.",
           "Kandydat", "Poparcie",
           "Rafał Trzaskowski", "31 proc.",
           "Karol Nawrocki", "26 proc.",
           "Sławomir Mentzen", "14 proc.",
           "Szymon Hołownia", "6 proc.",
           "Badanie przeprowadzono metodą CATI i CAWI na próbie 1000 dorosłych Polaków.",
           _HASLO,
           "Sztab Trzaskowskiego powtarza je na każdym wiecu od początku kampanii.")]),
    _wybory(3, [
        _k("Pierwsza tura za nami. Tak głosowali Polacy",
           "Do drugiej tury przeszli Rafał Trzaskowski i Karol Nawrocki.",
           "Według danych PKW z 100 proc. komisji wyniki pięciu pierwszych kandydatów są "
           "następujące",
           *_KAND,
           "Na pozostałych kandydatów zagłosowało łącznie około 11 proc. wyborców.",
           _PKW,
           "Frekwencja wyniosła 67,3 proc. i była najwyższa w historii pierwszej tury.",
           "Druga tura odbędzie się 1 czerwca.")], noise=False),
    _wybory(4, [
        _k("Sławomir Mentzen: nie poprę żadnego z kandydatów"),
        _n("Fot. PAP/Albert Zawada", "Czytaj też: Pierwsza tura za nami. Tak głosowali Polacy"),
        _k("Lider Konfederacji nie udzieli poparcia w drugiej turze ani Rafałowi "
           "Trzaskowskiemu, ani Karolowi Nawrockiemu.",
           "Zamiast tego zaprosił obu kandydatów na rozmowę na swoim kanale w internecie.",
           "Pytani przez nas wyborcy Konfederacji wymieniali, kogo brali pod uwagę przed "
           "pierwszą turą",
           "Sławomir Mentzen",
           "Karol Nawrocki",
           "Grzegorz Braun",
           "Politolodzy oceniają, że to elektorat Mentzena rozstrzygnie wynik wyborów.",
           "Sztab Trzaskowskiego wraca do znanego motywu.",
           _HASLO,
           _PKW.replace("Głosowanie przebiega", "Wybory przebiegły").replace(
               "jego wynik", "ich wynik"))], menu=True),
]


SITE_BATCHES: dict[str, tuple[str, list[NoisyCase]]] = {
    "en_regional_courier": ("en", EN_REGIONAL),
    "en_thinktank_blog": ("en", EN_THINKTANK),
    "en_tabloid": ("en", EN_TABLOID),
    "fr_radio_publique": ("fr", FR_RADIO),
    "de_regionalzeitung": ("de", DE_ZEITUNG),
    "it_canale_telegram": ("it", IT_TELEGRAM),
    "pl_portal_regionalny": ("pl", PL_POMORZE),
    "ru_agregator": ("ru", RU_LENTA),
    "trap_en_qa_column": ("en", TRAP_QA_COLUMN),
    "trap_en_wire_reposts": ("en", TRAP_WIRE),
    "trap_pl_wybory_zbiezne": ("pl", TRAP_PL),
}
