"""Site batches, set 1: several scraped pages from one site, for batch-level (cross-page) cleaning.

Status: development data since session 9. It was held out (file ``site_batches_held_out.py``,
commit f0420d0) and measured once, with ``python scripts/site_template_report.py --batches`` on
the site template as first committed (a26cdf2), before anyone read it:

- without the site template (each page cleaned on its own): 67 of 561 noise lines left, 31
  article lines lost (all in ``trap_shared_lines``: the article's own lists of parties and
  states, taken by the page rules as the page's head or tail);
- with it: 67 of 561 noise lines left, 28 article lines lost. The site template then ran before
  the page rules and took their evidence (4 batches got worse), and it took a columnist's
  recurring subheadings ("Plus of the week", "The number") and stock last paragraph.

Its errors were then read and fixed (session 9): the site template runs after every other rule;
a recurring line over a paragraph of the article, a list the article introduces, and a sentence
over the site's tail stay; the page rules no longer cut a body at a list the article introduces
with a colon. After that: 67 of 561 left without, 39 with, and no article line lost either way.
A second set (``site_batches_held_out_2.py``) was written blind for the measurement.

Written by the helper as follows.

Protocol. Written blind on 2026-12-02 (01:05-02:00 UTC) by a helper session that did not read
``src/spinscope/`` or ``scripts/``, did not read any other test file (only the ``NoisyCase`` and
``page_from_blocks`` definitions, lines 1-41 of ``tests/noisy_corpus.py``), and never ran the
cleaner or spinscope on this data. Every site template, article and widget below is invented from
memory of how such sites print as scraped plain text; sites, outlets and most people are fictional.
Data only: no test functions.

Format. ``SITE_BATCHES`` maps a batch name to ``(ISO 639-1 language, pages)``; each page is a
``NoisyCase`` built by ``page_from_blocks``: a ``+`` line is the article's own text (title,
standfirst, paragraphs, subheadings, the article's own list items and quotes) and must come out as
one paragraph of the analysed text; a ``-`` line is scraper noise and must be removed. Lines of a
block are joined by one newline, blocks by a blank line. The small per-site helpers (``_ledger``,
``_farm``, ...) only lay out each site's template around an article: per page, template lines at
the head, in-article boxes between paragraphs, and a tail.

Counts below are line occurrences summed over the batch's pages. "Template" noise is a ``-`` line
whose exact text occurs on >= 3 pages of its batch (menus, appeals, legal notices, widgets; some are
missing on one page, as real widgets are); "page-specific" noise occurs on 1-2 pages (bylines,
dates, comment counts, "Related"/"Read next" headlines, tags, reader comments, photo credits).
Every page has both ``+`` and ``-`` lines; noise is 9-13 lines a page, 12-31% of the
characters.

Site batches (no article line recurs across pages, except as noted):

- ``en_wp_partisan_blog`` (en, 5 pages): partisan US opinion blog on WordPress ("The Liberty
  Ledger"): "Posted on ... by ... | N Comments", donation box after the 3rd paragraph (4 pages),
  "Share this:", "Like Loading...", Jetpack "Related" links, "Posted in ... | Tagged ...", one
  reader comment (3 pages), "Leave a Reply Cancel reply" (4 pages), copyright. Noise: 33 template,
  26 page-specific; keep 57. Note: the "Related" links on some pages are the titles of other
  pages of the batch (noise there, title ``+`` on their own page).
- ``en_content_farm`` (en, 5 pages): content farm re-posting Reuters/AP/The Conversation pieces
  ("NewsPulse Daily"): "Trending:" bar, breadcrumb, staff byline, ADVERTISEMENT, inline "Read Next:",
  syndication credit ("Source: Associated Press", "This article originally appeared on..."), tags,
  Taboola block (4 pages), copyright. Noise: 23 template, 30 page-specific; keep 55.
- ``en_national_news`` (en, 4 pages): national news site ("The National Herald"); title and
  standfirst in one block (two ``+`` lines), section, byline and timestamp, photo caption/credit,
  "Story continues below advertisement", newsletter box (3 pages), "More on this story" links,
  copyright. Noise: 22 template, 24 page-specific; keep 48.
- ``fr_news_site`` (fr, 5 pages): French national news site ("L'Écho national"): rubrique,
  "Par ...", "Le ... à ..., modifié le ...", "Partager", "Publicité", "À lire aussi ...", paywall
  promo (4 pages), "N commentaires", newsletter and copyright. Noise: 29 template, 25
  page-specific; keep 58.
- ``de_magazine`` (de, 4 pages): German news magazine ("Zeitblick"), with the articles' own
  subheadings on 2 pages: "Eine Analyse von ...", date, "Artikel anhören • N Min", "Zur Merkliste
  hinzufügen" (3 pages), "Zeitblick+" kicker (1 page), "Anzeige", "Mehr zum Thema" box,
  "Themen: ...", "Diskutieren Sie mit (N Beiträge)", abo promo, copyright. Noise: 23 template,
  25 page-specific; keep 48.
- ``it_news_site`` (it, 4 pages): Italian national news site ("Il Corriere Civico"): "di ...",
  date, "Ascolta l'articolo · N min", "Leggi anche" box, "Pubblicità", newsletter (3 pages),
  "Argomenti", "Riproduzione riservata ©", copyright with P.IVA. Noise: 27 template,
  20 page-specific; keep 47.
- ``pl_news_portal`` (pl, 4 pages): Polish news portal ("Kurier24.pl"): author and date,
  "Udostępnij", "Dalsza część artykułu pod materiałem wideo" (3 pages), "REKLAMA", "Zobacz też:",
  "Źródło: ...", app prompt (3 pages), "Komentarze (N)", legal links, copyright. Noise:
  26 template, 20 page-specific; keep 45.
- ``ru_exile_media`` (ru, 4 pages): Russian-language independent media site in exile
  ("Вестник"): the mandatory foreign-agent notice (3 pages), rubric, author, date, "Время чтения",
  "Читайте также" box, Telegram prompt, donation appeal (3 pages), tags, "read us without VPN"
  line, copyright. Noise: 26 template, 24 page-specific; keep 46.

Trap batches (recurring text that is the article's own and must be kept):

- ``trap_columnist_signature`` (en, 4 pages): a columnist's weekly Substack post. Every post ends
  with the same closing paragraph (her stock argument, "read the budget, not the speeches"), and
  every post has the column's three recurring subheadings ("Plus of the week", "Minus of the
  week", "The number"): 4 keep lines on all 4 pages (16 occurrences), all ``+``. Substack chrome is
  noise: 42 template, 8 page-specific; keep 51.
- ``trap_wire_republished`` (fr, 5 pages): a French regional site. Pages 1-3 are the same AFP
  storm dispatch three times (first version, updated version with a new toll and added paragraphs,
  and a local version with its own intro); 4 of its paragraphs are on all three pages and 4 more on
  two (20 recurring keep occurrences), all ``+``. Pages 4-5 are unrelated local articles. Noise:
  37 template, 17 page-specific; keep 51.
- ``trap_shared_lines`` (de, 5 pages): a German regional site running dpa stories that share short
  article lines by coincidence: the same party list ("CDU", "AfD", "Die Linke", "SPD", "BSW",
  "Grüne", "FDP") in two election articles, the same list of eastern Länder in two others
  ("Brandenburg", "Sachsen", ... also in a third, shorter list), the same government statement
  quoted verbatim in three stories, the dateline line "Berlin (dpa)" and the subheading "Wie geht
  es weiter?" on three pages (35 recurring keep occurrences), all ``+``. Noise: 39 template,
  15 page-specific; keep 65.
"""

from __future__ import annotations

from noisy_corpus import NoisyCase, page_from_blocks


def _k(lines: list[str]) -> list[str]:
    """Article lines (kept)."""
    return ["+" + line for line in lines]


def _n(lines: list[str]) -> list[str]:
    """Noise lines (dropped)."""
    return ["-" + line for line in lines]


def _paras(paras: list[str]) -> list[list[str]]:
    return [["+" + p] for p in paras]


# ---------------------------------------------------------------------------
# 1. en_wp_partisan_blog: a partisan US opinion blog on WordPress (en)
# ---------------------------------------------------------------------------

_LEDGER_HEAD = ["The Liberty Ledger"]
_LEDGER_DONATE = (
    "The Liberty Ledger is 100% reader-supported. We take no corporate or government money. "
    "If you value our work, please chip in $5 today."
)
_LEDGER_TAIL = ["Share this:", "Like Loading..."]
_LEDGER_REPLY = ["Leave a Reply Cancel reply"]
_LEDGER_FOOT = ["Copyright © 2026 The Liberty Ledger. Proudly powered by WordPress."]


def _ledger(name, meta, title, paras, related, tagline, comments=(), donate=True, reply=True):
    blocks = [_n(_LEDGER_HEAD), _n([meta]), _k([title])]
    for i, p in enumerate(paras):
        blocks.append(["+" + p])
        if i == 2 and donate:
            blocks.append(_n([_LEDGER_DONATE]))
    blocks.append(_n(_LEDGER_TAIL))
    blocks.append(_n(["Related"] + related[:2]))
    blocks.append(_n([tagline]))
    for c in comments[:1]:  # the scrape keeps the first comment: author line and text
        blocks.append(_n([c[0], c[2]]))
    if reply:
        blocks.append(_n(_LEDGER_REPLY))
    blocks.append(_n(_LEDGER_FOOT))
    return page_from_blocks(name, blocks)


_EN_WP = [
    _ledger(
        "en_wp_partisan_blog_1",
        "Posted on March 3, 2026 by Dale Whitcomb | 14 Comments",
        "The Omnibus Nobody Read Is Coming Back for Another Bite",
        [
            "Washington has done it again. Less than seventy-two hours after the text of the latest "
            "spending package was posted, the House voted on a 1,400-page bill that not a single member "
            "could honestly claim to have read.",
            "We were promised regular order. We were promised twelve separate appropriations bills, "
            "debated in the open and amended on the floor. What we got instead was the same backroom "
            "deal that leadership cuts every spring, stapled together and dropped on members' desks "
            "at midnight.",
            "The numbers are not a matter of opinion. Discretionary spending rises by another 4.2 "
            "percent, on top of the increases that were supposed to be one-time pandemic measures. "
            "Interest on the debt now costs taxpayers more than the entire defense budget.",
            "Buried on page 911 is a provision extending a grant program for 'community resilience "
            "navigators' that the inspector general criticized last year for failing to track how its "
            "money was spent. Nobody in the majority has explained why it deserves another dime.",
            "Defenders of the bill say a shutdown would have been worse. Maybe. But a shutdown is a "
            "threat only because Congress keeps waiting until the last week to do its one "
            "constitutional job.",
            "There were members who stood up. Twenty-nine Republicans and a handful of Democrats voted "
            "no, and several of them said on the floor that they had been given less than a day to "
            "review the text.",
            "One of them, freshman Representative Jo Ann Pruitt, put it plainly: \"I was sent here "
            "to read the bills. Tonight I was told to trust the people who wrote them.\"",
            "The excuse from leadership is always the same: there is no time. But there was time. "
            "The fiscal year began in October, and the deadline was extended three times. Every one "
            "of those extensions was another chance to do this properly.",
            "What the delay bought was leverage for the appropriators and cover for everyone else. "
            "A member who votes for a 1,400-page bill can always say he supported the troops, or "
            "the farmers, or the veterans. Nobody can be blamed for page 911.",
            "Voters should remember their names, and they should remember the others too. The primary "
            "calendar starts in earnest this summer, and every incumbent who voted yes owes their "
            "district an explanation.",
            "We have put together a list of how every member of our state's delegation voted. You "
            "will find it on our Congress page, and we will keep it updated through the primaries.",
        ],
        [
            "Senate Moderates Want a Border Deal. Their Voters Want a Border.",
            "Five Questions Every Candidate Should Answer About the Debt",
            "The Quiet Return of Earmarks",
        ],
        "Posted in Congress, Spending | Tagged appropriations, budget, House, omnibus",
        [
            [
                "Hank in Ohio says:",
                "March 3, 2026 at 9:14 am",
                "Same story every year. Throw them all out.",
                "Reply",
            ],
            [
                "Patriot_Mom_76 says:",
                "March 3, 2026 at 11:02 am",
                "Called my congressman's office and got a voicemail. Figures.",
                "Reply",
            ],
        ],
    ),
    _ledger(
        "en_wp_partisan_blog_2",
        "Posted on March 6, 2026 by Dale Whitcomb | 31 Comments",
        "Why the Governor's Gas Tax Holiday Is a Gimmick",
        [
            "Governor Ellen Marsh wants credit for cutting the state gas tax for ninety days. Drivers "
            "should hold the applause until they read the fine print.",
            "The holiday begins on May 1 and ends on July 31, which happens to be the three months "
            "before the primary. The tax then comes back at a higher rate, because the same bill "
            "indexes it to inflation for the first time.",
            "We asked the governor's office for an estimate of what the indexing will cost the "
            "average commuter over five years. A spokesman said the analysis was \"ongoing.\"",
            "Our own rough math, using the state's fuel consumption figures, suggests a family that "
            "drives two cars will save about $60 this summer and pay more than that back within two "
            "years.",
            "Economists across the spectrum agree that temporary fuel tax cuts are mostly captured by "
            "refiners and station owners. A study of a similar holiday in a neighboring state found "
            "that barely half of the cut ever reached the pump.",
            "The governor's allies in the legislature point to polling that shows the holiday is "
            "popular. Of course it is. Free things usually are, until the bill arrives.",
            "Meanwhile the road fund the tax is supposed to support is already short by an estimated "
            "$640 million. The governor's office has not said how it will make up the difference, "
            "other than a vague reference to 'surplus revenue.'",
            "If the administration really believed families were being squeezed, it would make the cut "
            "permanent and pay for it by trimming the agencies that have grown by a third since she "
            "took office.",
            "Instead we get a summer sale timed for the campaign trail. Voters have seen this trick "
            "before, and they are smarter than Springfield thinks.",
            "There is a better way, and Republicans in the House have already filed it: a permanent "
            "cut of four cents a gallon, paid for by freezing the hiring of new managers at the "
            "transportation department.",
            "It is less flashy than a summer holiday. It also happens to be honest.",
        ],
        [
            "The Omnibus Nobody Read Is Coming Back for Another Bite",
            "Property Taxes Are the Next Fight",
            "What the Census Numbers Mean for Our Districts",
        ],
        "Posted in Economy, State Politics | Tagged gas tax, governor, taxes",
        [
            [
                "Ron Kessler says:",
                "March 6, 2026 at 8:40 pm",
                "Spot on. The indexing part is the real story and nobody is covering it.",
                "Reply",
            ],
        ],
    ),
    _ledger(
        "en_wp_partisan_blog_3",
        "Posted on March 10, 2026 by Cheryl Ames | 7 Comments",
        "School Boards Should Publish Every Curriculum Online. Period.",
        [
            "Parents in Lake County learned last month that their district had adopted a new "
            "eighth-grade social studies curriculum only when their children started bringing the "
            "worksheets home.",
            "The board did hold a public hearing. It was scheduled at 2 p.m. on a Tuesday, announced "
            "on page four of the district website, and lasted eleven minutes.",
            "This is not a left or right issue. Parents of every political stripe deserve to know what "
            "their kids are being taught, and in the age of cloud storage there is no technical reason "
            "to keep lesson plans behind a records request.",
            "A bill sponsored by state Representative Tom Keller would require every district to post "
            "its adopted curricula, reading lists and supplemental materials within thirty days. "
            "Teachers' unions oppose it, arguing it would create paperwork.",
            "Paperwork? Most of these materials are already digital. Uploading a PDF takes less time "
            "than the average school board meeting spends on its pledge and approval of the minutes.",
            "Some districts already do it. Cedar Falls has posted every reading list online since "
            "2021, and its superintendent told a legislative committee last year that the number of "
            "formal complaints actually went down.",
            "The opposition also claims the bill would expose teachers to harassment. The bill "
            "covers materials, not names. A lesson plan is a public document paid for with public "
            "money.",
            "And if a district is embarrassed to show parents what it has adopted, maybe that is a "
            "sign the adoption deserves a second look.",
            "Transparency is not an attack on teachers. It is the best protection they have against "
            "rumors and half-true social media posts about what goes on in their classrooms.",
            "The bill comes up for a committee vote next week. Call your representative and ask a "
            "simple question: what is there to hide?",
        ],
        [
            "Why the Governor's Gas Tax Holiday Is a Gimmick",
            "A Teacher Writes: What I Wish Parents Knew",
            "Lake County Board Meeting: Our Live Notes",
        ],
        "Posted in Education | Tagged curriculum, parents, school board, transparency",
        [],
        donate=False,
    ),
    _ledger(
        "en_wp_partisan_blog_4",
        "Posted on March 14, 2026 by Dale Whitcomb | 52 Comments",
        "The Border Bill Is a Press Release, Not a Policy",
        [
            "The Senate's bipartisan border package was sold as the toughest immigration bill in a "
            "generation. Read past the summary and it looks more like a list of things the "
            "administration could already do if it wanted to.",
            "The centerpiece is an emergency authority that kicks in only after crossings average "
            "5,000 a day for a full week. In other words, the law treats a crisis as normal until it "
            "becomes a catastrophe.",
            "There is money for 1,500 new asylum officers, which sounds sensible until you notice the "
            "bill contains no deadline for processing claims and no consequence when a claim is "
            "rejected.",
            "Supporters point out that the Border Patrol union endorsed the package. That is true, and "
            "agents deserve more resources. But resources without enforcement simply make the "
            "catch-and-release pipeline run faster.",
            "A serious bill would restore the agreements with neighboring countries that were "
            "abandoned three years ago and would put real limits on parole. This one does neither.",
            "It is worth remembering how we got here. Crossings did not rise by accident. They rose "
            "after a series of executive decisions that were announced with far less ceremony than "
            "this bill.",
            "Border towns have carried the cost. The mayor of one small city in Arizona told a "
            "House committee that his shelters had run out of beds four times since Christmas.",
            "Those communities do not need a bill that declares an emergency later. They need one "
            "that prevents it now.",
            "The House should send it back with those changes. If the Senate refuses, voters will know "
            "exactly who preferred a headline to a solution.",
            "Until then, expect a lot of press conferences in front of the fence and very little "
            "change on the other side of it.",
            "We will keep following the bill as it moves. Tell us in the comments what your own "
            "representatives are saying about it.",
        ],
        [
            "Senate Moderates Want a Border Deal. Their Voters Want a Border.",
            "Sheriffs in Border Counties Speak Out",
            "The Omnibus Nobody Read Is Coming Back for Another Bite",
        ],
        "Posted in Immigration, Congress | Tagged asylum, border, Senate",
        [
            [
                "Gary P. says:",
                "March 14, 2026 at 7:55 am",
                "They had three years to fix this. Now it's an emergency?",
                "Reply",
            ],
            [
                "Linda Sue says:",
                "March 14, 2026 at 10:31 am",
                "Shared this with my whole church group. Thank you Dale.",
                "Reply",
            ],
        ],
    ),
    _ledger(
        "en_wp_partisan_blog_5",
        "Posted on March 18, 2026 by Cheryl Ames | 0 Comments",
        "Rural Hospitals Are Closing While the State Studies the Problem",
        [
            "When Mercy Valley Hospital closed its maternity ward in January, the nearest place to "
            "deliver a baby for families in Harlan Township became a 74-mile drive on two-lane roads.",
            "It was the sixth rural hospital in the state to cut obstetric services in four years. The "
            "state's response has been to commission a study, due in 2027.",
            "Hospital administrators do not need a study to explain what is going on. Medicaid "
            "reimbursement for a delivery covers barely two-thirds of the cost, and rural hospitals "
            "depend on Medicaid for most of their births.",
            "Certificate-of-need rules make it worse. A physician group that wanted to open a birthing "
            "center in Harlan spent two years and $300,000 applying for permission, then gave up.",
            "Lawmakers could act this session: raise the reimbursement rate for rural deliveries, "
            "exempt small birthing centers from certificate-of-need review, and let nurse-midwives "
            "practice to the full extent of their training.",
            "The state's own data shows that the number of women who received no prenatal care in "
            "their first trimester has risen in every county that lost a delivery unit.",
            "Physicians in Harlan describe patients who give birth in ambulances, in parking lots "
            "and, in one case last fall, at a gas station on State Route 9.",
            "Republicans control both chambers, and this is a chance to show that a party which "
            "talks about family values can also deliver them, one delivery room at a time.",
            "None of those ideas is radical. Each has passed in states led by both parties. What is "
            "radical is telling a woman in labor to drive an hour and a half and hope for the best.",
        ],
        [
            "School Boards Should Publish Every Curriculum Online. Period.",
            "Certificate-of-Need Laws, Explained",
            "Why the Governor's Gas Tax Holiday Is a Gimmick",
        ],
        "Posted in Health Care | Tagged hospitals, Medicaid, rural",
        [],
        reply=False,
    ),
]


# ---------------------------------------------------------------------------
# 2. en_content_farm: a content farm re-posting syndicated wire/explainer articles (en)
# ---------------------------------------------------------------------------

_FARM_HEAD = ["NewsPulse Daily", "Trending:"]
_FARM_AD = "ADVERTISEMENT"
_FARM_TAIL_SPONSORED = [
    "Sponsored Links by Taboola",
    "Seniors Born Before 1965 Are Getting a Big Surprise This Month | SmartSaver",
]
_FARM_FOOT = ["© 2026 NewsPulse Daily. All Rights Reserved. | Privacy Policy | DMCA"]


def _farm(name, crumb, byline, title, paras, source, read_next, tags, trending, sponsored=True):
    head = [_FARM_HEAD[0], _FARM_HEAD[1] + " " + trending]
    blocks = [_n(head), _n([crumb]), _k([title]), _n([" | ".join(byline)])]
    for i, p in enumerate(paras):
        blocks.append(["+" + p])
        if i == 1:
            blocks.append(_n([_FARM_AD]))
        if i == 3 and i < len(paras) - 1:
            blocks.append(_n(["Read Next: " + read_next[0]]))
    blocks.append(_n([source]))
    blocks.append(_n(["Tags: " + tags]))
    if sponsored:
        blocks.append(_n(_FARM_TAIL_SPONSORED))
    blocks.append(_n(_FARM_FOOT))
    return page_from_blocks(name, blocks)


_EN_FARM = [
    _farm(
        "en_content_farm_1",
        "Home » World » Europe",
        ["By NewsPulse Daily Staff", "Published: 2 hours ago"],
        "Ukraine and Russia swap hundreds of prisoners in largest exchange in months",
        [
            "Ukraine and Russia exchanged 390 prisoners each on Saturday in one of the largest swaps "
            "since the start of the full-scale invasion, officials on both sides said.",
            "The exchange, mediated by the United Arab Emirates, took place on the border between "
            "Ukraine's Sumy region and Russia's Bryansk region, according to Ukraine's coordination "
            "headquarters for prisoners of war.",
            "Among those returned to Ukraine were soldiers captured during the defense of Mariupol in "
            "2022, as well as several civilians, the headquarters said in a statement.",
            "Russia's defense ministry said the returning Russian servicemen would be flown to Moscow "
            "for medical treatment and psychological support.",
            "Russia's human rights commissioner said in a statement that the two sides had also "
            "agreed to exchange the bodies of fallen soldiers in the coming days.",
            "Families of missing soldiers gathered outside a hospital in Chernihiv, holding photographs "
            "and hoping to recognize relatives among the buses arriving from the border.",
            "Prisoner exchanges have been one of the few areas of cooperation between the two countries "
            "since the war began, and have continued even as broader peace talks have stalled.",
            "Ukrainian officials say thousands of their citizens remain in Russian custody, many of "
            "them held without any formal charge.",
            "Human rights groups have documented cases of torture and ill-treatment of Ukrainian "
            "prisoners in Russian detention facilities, allegations Moscow denies.",
            "The next exchange has not been scheduled, but Ukrainian officials said lists were "
            "already being prepared.",
        ],
        "This article originally appeared on Reuters and is republished here under a content license.",
        [
            "Zelensky says new air defense systems have arrived",
            "EU leaders agree on next sanctions package",
            "What we know about the Black Sea grain corridor",
        ],
        "Ukraine, Russia, War, Prisoners",
        "Fed holds rates steady",
    ),
    _farm(
        "en_content_farm_2",
        "Home » Health",
        ["By Sarah Lin, The Conversation", "Published: March 4, 2026"],
        "Measles cases are rising again. Here's what parents need to know",
        [
            "Measles, a disease the United States declared eliminated in 2000, is making a comeback. "
            "Health officials have confirmed more than 300 cases in 14 states so far this year.",
            "Measles is one of the most contagious viruses known. An infected person can spread it to "
            "up to nine out of ten unvaccinated people around them, and the virus can linger in the "
            "air of a room for up to two hours.",
            "The first symptoms look like a bad cold: fever, cough, runny nose and red, watery eyes. "
            "The characteristic rash usually appears three to five days later, starting on the face.",
            "Most children recover, but measles can cause pneumonia, brain swelling and, in rare cases, "
            "death. It also weakens the immune system for months or years afterward.",
            "Adults are not immune to the risk. People born after 1957 who have no record of "
            "vaccination or past infection may need a dose, the Centers for Disease Control and "
            "Prevention says.",
            "Two doses of the MMR vaccine are about 97% effective at preventing measles. The first dose "
            "is recommended at 12 to 15 months, and the second between ages 4 and 6.",
            "Vaccination rates among kindergartners have fallen below 93% nationally, well short of the "
            "95% experts say is needed to stop outbreaks from spreading.",
            "Parents who are unsure whether their child is up to date should check with their "
            "pediatrician or their state immunization registry.",
            "Anyone who develops symptoms after a possible exposure should call ahead before "
            "visiting a clinic or emergency room, so staff can take steps to avoid infecting other "
            "patients.",
            "Health departments in several states are offering free MMR clinics this month.",
        ],
        "This article is republished from The Conversation under a Creative Commons license.",
        [
            "Bird flu detected in dairy herds in two more states",
            "How long does immunity from the flu shot last?",
            "FDA approves first over-the-counter hearing test",
        ],
        "Measles, Vaccines, Health, Children",
        "Measles outbreak in Texas",
    ),
    _farm(
        "en_content_farm_3",
        "Home » Money",
        ["By NewsPulse Daily Staff", "Published: 5 hours ago"],
        "Federal Reserve holds interest rates steady, signals two cuts later this year",
        [
            "The Federal Reserve left its benchmark interest rate unchanged on Wednesday, keeping it in "
            "a range of 3.75% to 4% as officials wait for clearer signs that inflation is cooling.",
            "In a statement after its two-day meeting, the central bank said inflation 'remains "
            "somewhat elevated' while the labor market has 'moderated but remains solid.'",
            "Updated projections showed policymakers still expect to cut rates twice before the end "
            "of the year, though several officials penciled in only one reduction.",
            "The Fed chair told reporters that the committee was in no hurry and would watch the data "
            "closely, particularly the effect of new tariffs on consumer prices.",
            "Stocks rose modestly after the announcement, with the S&P 500 closing up 0.4%. Yields on "
            "two-year Treasury notes slipped.",
            "Mortgage rates, which track longer-term bond yields rather than the Fed's rate directly, "
            "have hovered around 6.5% in recent weeks.",
            "Some economists warned that the central bank may have less room to cut than it expects "
            "if tariffs push goods prices higher in the spring.",
            "Others said the bigger risk was a sudden weakening of the job market, which would "
            "force the Fed to move faster.",
            "The central bank's next policy meeting is scheduled for early May.",
            "Markets are currently pricing in the first cut for June, according to futures data.",
        ],
        "Source: Associated Press",
        [
            "Social Security COLA: What to expect next year",
            "Gas prices fall for third straight week",
            "The best high-yield savings accounts right now",
        ],
        "Federal Reserve, Interest Rates, Economy, Inflation",
        "Measles outbreak in Texas",
    ),
    _farm(
        "en_content_farm_4",
        "Home » US News",
        ["By NewsPulse Daily Staff", "Published: March 9, 2026"],
        "Tornado outbreak kills at least 11 across three Southern states",
        [
            "A string of tornadoes tore through Mississippi, Alabama and Tennessee overnight, killing "
            "at least 11 people and leaving tens of thousands without power, authorities said Sunday.",
            "The National Weather Service issued more than 40 tornado warnings between Saturday "
            "afternoon and early Sunday as a powerful storm system moved east.",
            "In Tennessee, a tornado touched down near the town of Selmer, destroying a church and "
            "several homes. Two people were killed there, officials said.",
            "Video posted on social media showed a large wedge tornado crossing Interstate 22 near "
            "Hamilton, Alabama, shortly after 1 a.m.",
            "In Mississippi, the hardest-hit area was Monroe County, where emergency officials said six "
            "people died when a tornado struck a mobile home park shortly after midnight.",
            "Alabama's governor declared a state of emergency for 22 counties and said National Guard "
            "troops had been sent to help with search and rescue.",
            "Survey teams from the weather service were expected to spend the week assessing damage to "
            "determine the strength of each tornado.",
            "Forecasters warned that another round of severe weather could reach the region by "
            "Wednesday.",
            "Residents who need shelter can call 211 or check with their county emergency management "
            "agency for the nearest open facility.",
            "The Federal Emergency Management Agency said it had teams in all three states and was "
            "prepared to help with federal disaster declarations.",
        ],
        "Source: Associated Press",
        [
            "Photos: Tornado damage across the South",
            "How to prepare an emergency kit",
            "Power outages: Tracking the latest numbers",
        ],
        "Tornado, Weather, Mississippi, Alabama",
        "Tornado outbreak",
        sponsored=False,
    ),
    _farm(
        "en_content_farm_5",
        "Home » World » Asia",
        ["By NewsPulse Daily Staff", "Published: 1 hour ago"],
        "Japan's ruling party picks new leader after election setback",
        [
            "Japan's governing Liberal Democratic Party elected a new president on Saturday, putting "
            "the winner on course to become the country's next prime minister.",
            "The leadership vote followed heavy losses in last month's upper house election, which left "
            "the ruling coalition short of a majority in both chambers of parliament for the first time "
            "in its history.",
            "The new leader, a former foreign minister, won a runoff against the agriculture minister "
            "after neither candidate secured a majority in the first round.",
            "In a short speech after the vote, the winner promised to tackle rising prices and to "
            "rebuild trust in a party hit by a fundraising scandal.",
            "Opposition parties have said they will not automatically back the new leader in the "
            "parliamentary vote for prime minister, raising the prospect of a minority government.",
            "The outgoing prime minister had announced his resignation after the election defeat, "
            "saying he took responsibility for the result.",
            "The new leader is expected to name a cabinet within days of the parliamentary vote, "
            "with several senior party figures tipped to keep their posts.",
            "Financial markets reacted calmly, with the Nikkei average closing slightly higher on "
            "Monday.",
            "Japan will hold its next general election no later than 2028, though the new leader "
            "could call a snap vote earlier to seek a fresh mandate.",
            "Analysts say the new government will face early tests on tariffs negotiated with the "
            "United States and on defense spending.",
        ],
        "This article originally appeared on Reuters and is republished here under a content license.",
        [
            "China and Japan hold first security talks in four years",
            "Yen slides to lowest level since 1990",
            "South Korea's president visits Tokyo",
        ],
        "Japan, Elections, Asia, Politics",
        "Fed holds rates steady",
    ),
]


# ---------------------------------------------------------------------------
# 3. en_national_news: a national news site (en)
# ---------------------------------------------------------------------------

_HERALD_HEAD = ["The National Herald"]
_HERALD_MID = "Story continues below advertisement"
_HERALD_NEWSLETTER = [
    "Sign up for The Morning Brief",
    "The day's top stories, delivered to your inbox every weekday.",
]
_HERALD_FOOT = ["© 2026 The National Herald Company. All rights reserved."]


def _herald(
    name, section, byline, date, title, standfirst, paras, credit, more, newsletter=True, mid_at=(2,)
):
    blocks = [_n(_HERALD_HEAD + [section]), _k([title, standfirst]), _n([byline, date]), _n([credit])]
    for i, p in enumerate(paras):
        blocks.append(["+" + p])
        if i in mid_at and i < len(paras) - 1:
            blocks.append(_n([_HERALD_MID]))
        if i == 3 and newsletter:
            blocks.append(_n(_HERALD_NEWSLETTER))
    blocks.append(_n(["More on this story"] + more[:2]))
    blocks.append(_n(_HERALD_FOOT))
    return page_from_blocks(name, blocks)


_EN_NEWS = [
    _herald(
        "en_national_news_1",
        "Politics",
        "By Amelia Grant, Congressional correspondent",
        "Updated March 11, 2026, 6:42 p.m. ET",
        "Senate passes stopgap bill hours before shutdown deadline",
        "The measure funds the government through May 15 but leaves the fight over disaster aid "
        "unresolved.",
        [
            "The Senate voted 71 to 27 late Tuesday to keep the federal government open for another "
            "two months, averting a shutdown that would have begun at midnight.",
            "The bill now goes to the president, who is expected to sign it on Wednesday morning. The "
            "House approved the measure last week with support from both parties.",
            "The stopgap extends current funding levels and includes $2 billion for wildfire "
            "suppression, but it leaves out the $18 billion disaster aid package that senators from "
            "Gulf Coast states had demanded.",
            "\"We are kicking the can again, and the people of my state are the ones standing in the "
            "rubble,\" Senator Maria Delgado, a Democrat, said on the floor before voting for the bill.",
            "Republican leaders said the disaster money would be considered separately in April, once "
            "the Federal Emergency Management Agency submits updated damage estimates.",
            "Republican leadership aides said the chamber would \"take up disaster relief as a "
            "standalone measure, and do it right.\" Democrats said they had heard similar promises "
            "before.",
            "The vote capped a week of brinkmanship in which a small group of conservative senators "
            "threatened to delay the bill over spending levels. They relented after leadership "
            "promised votes on two of their amendments.",
            "Congress now faces a May 15 deadline to pass full-year appropriations, and lawmakers in "
            "both parties privately predict another short-term extension.",
            "Federal employee unions welcomed the vote but said repeated brushes with a shutdown "
            "were taking a toll on morale. Agencies had already begun sending furlough notices "
            "before the Senate acted.",
            "\"People cannot plan their lives in two-month increments,\" said the president of one of "
            "the largest unions representing government workers.",
        ],
        "Senators leave the Capitol after the vote on Tuesday. (Jabin Botsford/Getty Images)",
        [
            "What a shutdown would mean for federal workers",
            "House conservatives split over spending strategy",
            "Gulf Coast governors press for disaster aid",
        ],
    ),
    _herald(
        "en_national_news_2",
        "World",
        "By Karim Haddad, Middle East bureau chief",
        "March 12, 2026",
        "Aid trucks enter Gaza as cease-fire talks resume in Cairo",
        "Negotiators are discussing a second phase that would include the release of remaining "
        "hostages.",
        [
            "More than 200 aid trucks crossed into Gaza on Thursday, the largest number in a single "
            "day since January, according to the United Nations.",
            "The convoys carried flour, medical supplies and fuel for hospitals in the north of the "
            "territory, where aid agencies have warned of famine conditions.",
            "The increase came as Israeli and Hamas negotiators returned to Cairo for indirect talks "
            "mediated by Egypt, Qatar and the United States.",
            "Officials familiar with the discussions said the sides were close to agreeing on the "
            "sequence of hostage releases but remained divided over the withdrawal of Israeli troops "
            "from a corridor along the Egyptian border.",
            "The World Food Programme said the flow of aid must be sustained for weeks to make a "
            "difference. \"One good day is not a policy,\" a spokeswoman said in Geneva.",
            "Inside Gaza, residents described long lines at the few bakeries that have reopened. "
            "\"We waited five hours for bread,\" said a father of four in Gaza City.",
            "Israeli officials said they were inspecting trucks as quickly as possible and accused "
            "Hamas of diverting some supplies, an accusation aid groups said was not supported by "
            "evidence.",
            "Gaza's health ministry says more than 48,000 people have been killed since the war began. "
            "Israel says its campaign is aimed at dismantling Hamas after the October 7 attack.",
            "Mediators hope to announce an agreement on the second phase before the start of Ramadan.",
            "The U.S. envoy to the region was due to arrive in Cairo on Friday, officials said.",
        ],
        "Trucks carrying humanitarian aid wait at the Kerem Shalom crossing. (Amir Cohen/Reuters)",
        [
            "Hostage families rally in Tel Aviv",
            "Inside the Cairo talks",
            "UN warns of famine in northern Gaza",
        ],
        newsletter=False,
    ),
    _herald(
        "en_national_news_3",
        "Health",
        "By Priya Natarajan, Health reporter",
        "March 13, 2026",
        "Drug prices for 15 common medications to fall under Medicare negotiation",
        "The second round of negotiated prices covers drugs used by about 5 million Medicare "
        "beneficiaries.",
        [
            "Medicare will pay substantially less for 15 widely used prescription drugs starting in "
            "2027, the Department of Health and Human Services announced Thursday.",
            "The list includes treatments for diabetes, asthma and chronic obstructive pulmonary "
            "disease, as well as the weight-loss drug semaglutide, sold as Ozempic and Wegovy.",
            "Together, the 15 drugs accounted for about $41 billion in Medicare spending in the "
            "year before negotiations began, roughly 15 percent of the program's total spending on "
            "prescription drugs.",
            "The negotiated prices are between 38 and 79 percent lower than the list prices drug "
            "makers charged in 2024, according to the department.",
            "The savings for patients will vary. People who reach the annual cap on out-of-pocket "
            "costs, now $2,100, will see less of a change than those who pay a percentage of a drug's "
            "price.",
            "The pharmaceutical industry has challenged the negotiation program in court, arguing that "
            "it amounts to government price-setting. Appeals courts have so far ruled against the "
            "companies.",
            "Patient advocates welcomed the announcement but noted that the program still covers only "
            "a small share of the drugs Medicare pays for.",
            "Economists have warned that drug makers may respond by raising launch prices for new "
            "medicines, a concern the industry has encouraged.",
            "\"The program is doing what Congress designed it to do,\" the health secretary said at a "
            "news conference. \"Seniors are paying less, and taxpayers are paying less.\"",
            "The next list of drugs to be negotiated, which for the first time will include medicines "
            "administered in doctors' offices, is due early next year.",
        ],
        "A pharmacist fills prescriptions in Miami. (Joe Raedle/Getty Images)",
        [
            "How Medicare's drug price negotiation works",
            "Ozempic shortage officially over, FDA says",
            "Why some seniors will pay more for prescriptions this year",
        ],
    ),
    _herald(
        "en_national_news_4",
        "Business",
        "By Thomas Reilly and Jenna Moore",
        "Updated March 14, 2026, 9:15 a.m. ET",
        "U.S. economy added 151,000 jobs in February as unemployment edged up",
        "Hiring slowed in the federal government and retail, while health care continued to grow.",
        [
            "Employers added 151,000 jobs in February, the Labor Department said Friday, a solid but "
            "unspectacular figure that suggested the labor market was cooling gradually.",
            "The unemployment rate rose to 4.1 percent from 4 percent in January. Average hourly "
            "earnings increased 4 percent from a year earlier.",
            "Health care added 52,000 jobs, continuing a long streak of gains, while federal government "
            "employment fell by 10,000, the largest drop since 2022.",
            "Economists had expected about 160,000 new jobs. Revisions subtracted a combined 2,000 "
            "jobs from the totals for December and January.",
            "Economists have been watching federal employment closely since the administration "
            "began cutting staff at several agencies. Many of those layoffs are not yet reflected "
            "in the data, because workers on paid leave are still counted as employed.",
            "Retail lost 6,000 jobs, and manufacturing was roughly flat. Transportation and "
            "warehousing added 18,000.",
            "\"This is a labor market that is bending, not breaking,\" said Gina Alvarez, chief "
            "economist at a staffing firm. \"But the direction of travel is clear.\"",
            "The report is one of the last major pieces of data the Federal Reserve will see before "
            "its meeting this month. Investors expect the central bank to hold rates steady.",
            "Stock futures rose slightly after the release, and yields on 10-year Treasury notes "
            "edged down.",
            "The March report, due in early April, will be the first to capture the full effect of "
            "the federal hiring freeze.",
        ],
        "A help wanted sign in Arlington, Va. (Andrew Caballero-Reynolds/AFP via Getty Images)",
        [
            "Layoffs at federal agencies: a running list",
            "Consumer confidence falls to lowest level in a year",
            "The Fed's next move, explained",
        ],
        mid_at=(3,),
    ),
]


# ---------------------------------------------------------------------------
# 4. fr_news_site: a French national news site (fr)
# ---------------------------------------------------------------------------

_ECHO_HEAD = ["L'Écho national"]
_ECHO_PUB = "Publicité"
_ECHO_PROMO = "Cet article vous a plu ? Profitez de notre offre : 1 € le premier mois, sans engagement."
_ECHO_SHARE = ["Partager"]
_ECHO_FOOT = [
    "Newsletter L'Écho du matin : recevez chaque matin l'essentiel de l'actualité.",
    "© L'Écho national 2026 - Tous droits réservés",
]


def _echo(name, rubrique, byline, date, title, chapo, paras, a_lire, comments, promo=True):
    blocks = [_n(_ECHO_HEAD), _n([rubrique]), _k([title]), _k([chapo]), _n([byline, date]), _n(_ECHO_SHARE)]
    for i, p in enumerate(paras):
        blocks.append(["+" + p])
        if i == 1:
            blocks.append(_n([_ECHO_PUB]))
        if i == 3 and i < len(paras) - 1:
            blocks.append(_n(["À lire aussi " + a_lire]))
    if promo:
        blocks.append(_n([_ECHO_PROMO]))
    blocks.append(_n([comments]))
    blocks.append(_n(_ECHO_FOOT))
    return page_from_blocks(name, blocks)


_FR = [
    _echo(
        "fr_news_site_1",
        "Politique",
        "Par Claire Dubois",
        "Le 4 mars 2026 à 19h12, modifié le 4 mars 2026 à 21h40",
        "Budget : le gouvernement engage sa responsabilité, la gauche dépose une motion de censure",
        "Faute de majorité à l'Assemblée nationale, le Premier ministre a de nouveau eu recours à "
        "l'article 49.3 pour faire adopter le volet recettes du budget.",
        [
            "Il n'y a pas eu de surprise. Mardi après-midi, devant un hémicycle bruyant, le Premier "
            "ministre a annoncé qu'il engageait la responsabilité de son gouvernement sur la partie "
            "recettes du projet de loi de finances.",
            "« Le pays ne peut pas rester sans budget. Ce serait faire payer aux Français "
            "l'incapacité des responsables politiques à s'entendre », a-t-il déclaré sous les huées "
            "d'une partie des bancs de gauche.",
            "Dans la foulée, les groupes de gauche ont déposé une motion de censure, qui devrait être "
            "examinée jeudi. Pour être adoptée, elle doit réunir au moins 289 voix.",
            "Tout dépendra de l'attitude du Rassemblement national. Ses responsables ont laissé planer "
            "le doute toute la journée, dénonçant un texte « qui matraque les classes moyennes » sans "
            "dire s'ils voteraient la censure.",
            "Au sein du groupe, plusieurs députés plaident pour laisser passer le texte, afin de ne "
            "pas apparaître comme responsables d'un blocage budgétaire aux yeux des électeurs.",
            "Le budget prévoit environ 30 milliards d'euros d'économies et une contribution "
            "exceptionnelle des grandes entreprises, prolongée d'un an. Le déficit public doit "
            "revenir à 5,4 % du PIB.",
            "À Bercy, on rappelle que la France est sous la surveillance des agences de notation et "
            "de la Commission européenne. Une nouvelle chute du gouvernement retarderait encore "
            "l'adoption du texte.",
            "Si la motion est rejetée, le texte sera considéré comme adopté en première lecture et "
            "transmis au Sénat, où la majorité sénatoriale entend rétablir plusieurs allègements "
            "fiscaux.",
            "Le Premier ministre a prévenu qu'il ne s'interdirait pas de recourir à nouveau au 49.3 "
            "sur la partie dépenses, dont l'examen doit débuter la semaine prochaine.",
            "Dans l'entourage du chef de l'État, on se refuse à tout commentaire, tout en rappelant "
            "que le président « souhaite que le pays soit doté d'un budget avant la fin du mois ».",
        ],
        "Retraites : ce que contient vraiment le compromis trouvé au Sénat",
        "48 commentaires",
    ),
    _echo(
        "fr_news_site_2",
        "Société",
        "Par Julien Marchetti",
        "Le 6 mars 2026 à 07h00",
        "Grève à la SNCF : un trafic très perturbé attendu ce week-end",
        "Les syndicats de contrôleurs protestent contre la réorganisation des plannings. La "
        "direction prévoit deux TGV sur trois.",
        [
            "Les voyageurs sont prévenus : le trafic ferroviaire sera fortement perturbé de vendredi "
            "soir à lundi matin, en raison d'un préavis de grève déposé par plusieurs syndicats de "
            "contrôleurs.",
            "La SNCF prévoit en moyenne deux TGV sur trois et un Intercités sur deux. Sur les lignes "
            "TER, la situation variera fortement d'une région à l'autre.",
            "Au cœur du conflit, la nouvelle organisation des plannings, qui selon les syndicats "
            "allonge les journées de travail et réduit les délais de prévenance.",
            "Les contrôleurs dénoncent également le manque d'effectifs à bord des trains, certains "
            "TER circulant désormais sans aucun agent.",
            "« On nous demande toujours plus de flexibilité, sans aucune contrepartie », dénonce un "
            "délégué syndical de la région Auvergne-Rhône-Alpes.",
            "La direction assure avoir fait des propositions, notamment une prime de fin d'année "
            "revalorisée, et appelle à « ne pas prendre les voyageurs en otage » en période de "
            "vacances scolaires.",
            "Les billets des trains supprimés seront remboursés intégralement ou échangés sans frais, "
            "précise l'entreprise, qui invite les voyageurs à consulter leur application.",
            "Le ministre des Transports a appelé les deux parties à reprendre les négociations « dès "
            "lundi », sans exclure d'intervenir si le conflit se prolongeait.",
            "Les associations d'usagers regrettent que les grèves se concentrent sur les périodes "
            "de départ en vacances et réclament une meilleure information des voyageurs.",
            "Un nouveau préavis a déjà été déposé pour le week-end de Pâques par l'un des "
            "syndicats.",
        ],
        "Vacances d'hiver : les autoroutes classées orange samedi",
        "112 commentaires",
    ),
    _echo(
        "fr_news_site_3",
        "International",
        "Par Hélène Roussel, correspondante à Bruxelles",
        "Le 9 mars 2026 à 16h35",
        "Défense : les Vingt-Sept s'accordent sur un fonds de 150 milliards d'euros",
        "Les États membres pourront emprunter à taux réduit pour acheter des équipements, à "
        "condition de privilégier l'industrie européenne.",
        [
            "Après des mois de négociations, les ministres des Finances de l'Union européenne ont "
            "approuvé lundi la création d'un instrument de prêts de 150 milliards d'euros destiné à "
            "financer l'effort de défense.",
            "Les prêts serviront à acheter en commun des munitions, des systèmes de défense "
            "antiaérienne, des drones et des capacités de mobilité militaire.",
            "Cet instrument s'ajoute à la clause dérogatoire activée au printemps, qui permet aux "
            "États d'augmenter leurs dépenses militaires sans être sanctionnés au titre des règles "
            "budgétaires.",
            "La France a obtenu qu'au moins 65 % de la valeur des équipements soit produite dans "
            "l'Union, en Norvège ou en Ukraine, une condition que plusieurs pays nordiques jugeaient "
            "trop restrictive.",
            "« C'est un tournant. L'Europe assume enfin de financer sa propre sécurité », s'est "
            "félicité un diplomate français à l'issue de la réunion.",
            "La Hongrie s'est abstenue, tandis que l'Allemagne a rappelé qu'elle n'avait pas "
            "l'intention d'y recourir elle-même, préférant financer ses achats sur son budget "
            "national.",
            "Les premiers versements sont attendus avant la fin de l'année. La Pologne et les pays "
            "baltes devraient être parmi les principaux bénéficiaires.",
            "La Commission doit désormais examiner les plans nationaux que chaque État devra lui "
            "soumettre avant l'été.",
            "Pour plusieurs économistes, cet effort reste modeste au regard des besoins estimés par "
            "l'Otan, qui réclame à ses membres de consacrer au moins 3,5 % de leur PIB à la "
            "défense.",
            "À Kiev, les autorités ont salué une décision qui permettra à l'industrie ukrainienne "
            "de participer aux commandes européennes.",
        ],
        "Ukraine : Paris et Londres précisent leur projet de force de réassurance",
        "23 commentaires",
        promo=False,
    ),
    _echo(
        "fr_news_site_4",
        "Société",
        "Par Nadia Benali",
        "Le 11 mars 2026 à 11h20",
        "Hôpital : les urgences de Saint-Lô fermées la nuit faute de médecins",
        "Depuis lundi, les patients doivent appeler le 15 avant de se présenter entre 20 heures et "
        "8 heures. Les élus locaux dénoncent une « mise en danger ».",
        [
            "Les urgences du centre hospitalier de Saint-Lô, dans la Manche, ne prennent plus en "
            "charge les patients sans appel préalable au Samu la nuit, et ce au moins jusqu'à la fin "
            "du mois d'avril.",
            "L'agence régionale de santé justifie cette mesure par un manque de médecins urgentistes : "
            "sur les quatorze postes prévus, seuls sept sont actuellement pourvus.",
            "Les patients dont l'état le justifie seront orientés vers Caen ou Cherbourg, à une "
            "heure de route, ou pris en charge par une équipe mobile.",
            "Le personnel du service, déjà éprouvé par des mois de sous-effectif, a accueilli la "
            "décision avec soulagement, mais aussi amertume. « On aurait préféré qu'on nous donne "
            "les moyens de rester ouverts », confie une infirmière.",
            "« On demande à des gens de faire 60 kilomètres en pleine nuit. Ce n'est pas acceptable », "
            "a réagi le maire de la ville, qui a appelé à un rassemblement samedi devant l'hôpital.",
            "Le phénomène n'est pas isolé. Selon le syndicat Samu-Urgences de France, une "
            "soixantaine de services d'urgences ont dû fermer ou restreindre leur accueil au moins "
            "une nuit depuis le début de l'année.",
            "Le ministère de la Santé promet une hausse de la rémunération des gardes et un recours "
            "accru aux médecins retraités, des mesures jugées insuffisantes par les soignants.",
            "Une réunion entre l'ARS, la direction de l'hôpital et les élus est prévue la semaine "
            "prochaine pour examiner une réouverture partielle dès le mois de mai.",
            "En attendant, le Samu de la Manche a renforcé ses équipes de régulation la nuit, avec "
            "un médecin supplémentaire.",
        ],
        "Déserts médicaux : les députés adoptent la régulation de l'installation des médecins",
        "76 commentaires",
    ),
    _echo(
        "fr_news_site_5",
        "Politique",
        "Par Claire Dubois et Antoine Lefèvre",
        "Le 15 mars 2026 à 22h58",
        "Municipales : au premier tour, la participation remonte légèrement",
        "Selon les estimations, près de 58 % des électeurs se sont déplacés, contre 44,7 % en 2020, "
        "scrutin marqué par l'épidémie de Covid-19.",
        [
            "La participation au premier tour des élections municipales s'établirait autour de "
            "58 %, selon les estimations publiées dimanche soir par plusieurs instituts de sondage.",
            "Un chiffre en nette hausse par rapport à 2020, lorsque le scrutin s'était tenu au début "
            "de la pandémie, mais inférieur à celui de 2014, où il avait atteint 63,5 %.",
            "À Paris, la liste de la majorité sortante arrive en tête, mais devra composer avec ses "
            "partenaires pour le second tour. À Marseille, le maire sortant est en ballottage "
            "favorable.",
            "À Lyon et à Bordeaux, les maires écologistes sortants arrivent en tête mais dans un "
            "contexte plus serré qu'en 2020. À Toulouse, la droite est en position de force.",
            "Dans plusieurs villes moyennes, le Rassemblement national réalise des scores importants "
            "et pourrait l'emporter dimanche prochain, notamment dans le Nord et le Var.",
            "La France insoumise, qui présentait pour la première fois des listes autonomes dans de "
            "nombreuses grandes villes, obtient des résultats contrastés.",
            "Les listes ont jusqu'à mardi 18 heures pour déposer leur candidature en vue du second "
            "tour et négocier d'éventuelles fusions.",
            "Les appels au « front républicain » ont commencé dès dimanche soir dans les villes où "
            "le RN est en mesure de l'emporter, mais les consignes de retrait restent rares.",
            "Le ministre de l'Intérieur a salué le bon déroulement du scrutin, malgré quelques "
            "incidents signalés dans des bureaux de vote de Seine-Saint-Denis.",
        ],
        "Second tour : les règles de fusion des listes expliquées",
        "205 commentaires",
    ),
]


# ---------------------------------------------------------------------------
# 5. de_magazine: a German news magazine (de)
# ---------------------------------------------------------------------------

_ZB_HEAD = ["Zeitblick"]
_ZB_TOOLS = ["Zur Merkliste hinzufügen"]
_ZB_AD = "Anzeige"
_ZB_FOOT = ["Zeitblick+ jetzt 4 Wochen für 1 Euro testen", "© Zeitblick GmbH & Co. KG"]


def _zb(name, kicker_line, author, date, listen, title, teaser, sections, mehr, themen, forum, tools=True):
    blocks = [_n(_ZB_HEAD), _k([title]), _k([teaser]), _n([author, date, listen])]
    if tools:
        blocks.append(_n(_ZB_TOOLS))
    if kicker_line:
        blocks.append(_n([kicker_line]))
    count = 0
    for sec in sections:
        if isinstance(sec, tuple):  # a subheading of the article
            blocks.append(_k([sec[0]]))
            continue
        blocks.append(["+" + sec])
        count += 1
        if count == 2:
            blocks.append(_n([_ZB_AD]))
        if count == 4:
            blocks.append(_n(["Mehr zum Thema", mehr]))
    blocks.append(_n(["Themen: " + themen]))
    blocks.append(_n(["Diskutieren Sie mit (" + forum + ")"]))
    blocks.append(_n(_ZB_FOOT))
    return page_from_blocks(name, blocks)


_DE = [
    _zb(
        "de_magazine_1",
        None,
        "Eine Analyse von Jana Köhler",
        "04.03.2026, 17.45 Uhr",
        "Artikel anhören • 6 Min",
        "Warum die Koalition beim Bürgergeld nicht vorankommt",
        "Union und SPD hatten eine grundlegende Reform versprochen. Ein halbes Jahr später streiten "
        "sie über Sanktionen, Wohnkosten und die Frage, wer eigentlich sparen soll.",
        [
            "Es sollte das Vorzeigeprojekt der ersten hundert Tage werden. Aus dem Bürgergeld sollte "
            "eine neue Grundsicherung werden, strenger, einfacher und billiger. Doch der Entwurf aus "
            "dem Arbeitsministerium liegt seit Wochen im Kanzleramt, und eine Einigung ist nicht in "
            "Sicht.",
            "Der Streit entzündet sich vor allem an den Sanktionen. Die Union will, dass Menschen, die "
            "wiederholt Termine im Jobcenter versäumen, sämtliche Leistungen verlieren können. Die SPD "
            "verweist auf das Urteil des Bundesverfassungsgerichts von 2019, das Kürzungen enge "
            "Grenzen setzt.",
            "Die Arbeitsministerin hat einen Kompromiss vorgeschlagen: Sanktionen sollen härter "
            "werden, aber die Kosten der Unterkunft unangetastet bleiben. In der Union stößt das "
            "auf Skepsis.",
            ("Milliarden, die es nicht gibt",),
            "Hinzu kommt das Geld. Im Haushaltsentwurf für das kommende Jahr sind bereits Einsparungen "
            "von 1,5 Milliarden Euro beim Bürgergeld eingeplant. Fachleute im Arbeitsministerium "
            "halten diese Summe intern für unrealistisch.",
            "Denn die meisten Leistungsbezieher sind gar nicht arbeitslos im engeren Sinne. Sie "
            "erziehen kleine Kinder, pflegen Angehörige oder arbeiten bereits, verdienen aber zu "
            "wenig. Bei ihnen lässt sich kaum etwas einsparen.",
            "Ökonomen verweisen zudem darauf, dass die Zahl der erwerbsfähigen "
            "Leistungsberechtigten zuletzt vor allem wegen der schwachen Konjunktur gestiegen ist, "
            "nicht wegen mangelnder Arbeitsbereitschaft.",
            ("Die Kommunen schlagen Alarm",),
            "Auch die Städte und Landkreise melden sich zu Wort. Sie tragen einen großen Teil der "
            "Wohnkosten und fürchten, dass eine Deckelung der Mieten vor allem zu mehr "
            "Wohnungslosigkeit führt.",
            "In der SPD-Fraktion wächst unterdessen der Unmut. Mehrere Abgeordnete sagen, man habe "
            "sich im Koalitionsvertrag zu weit auf die Union zubewegt. Eine Einigung vor der "
            "Sommerpause gilt deshalb als unwahrscheinlich.",
            "Für die Jobcenter ist die Hängepartie ein Problem. Sie müssen sich auf neue Regeln "
            "vorbereiten, deren Inhalt noch niemand kennt.",
        ],
        "Jobcenter: Die Vermittlung stockt, die Verwaltung wächst",
        "Bürgergeld, SPD, CDU/CSU, Sozialpolitik",
        "214 Beiträge",
    ),
    _zb(
        "de_magazine_2",
        "Zeitblick+",
        "Von Markus Brandt, Berlin",
        "07.03.2026, 08.00 Uhr",
        "Artikel anhören • 9 Min",
        "Die Rückkehr der Wehrpflicht beginnt mit einem Fragebogen",
        "Ab Januar bekommen alle 18-Jährigen Post von der Bundeswehr. Was harmlos klingt, könnte "
        "der Einstieg in einen Pflichtdienst sein.",
        [
            "Der Brief wird unscheinbar aussehen: ein Umschlag der Bundeswehr, darin ein QR-Code und "
            "ein Online-Fragebogen. Junge Männer müssen ihn ausfüllen, junge Frauen dürfen es.",
            "Gefragt wird nach Gesundheit, Schulabschluss, Sportlichkeit und nach der Bereitschaft, "
            "einen Wehrdienst zu leisten. Wer geeignet erscheint, kann zur Musterung eingeladen "
            "werden.",
            "Der Verteidigungsminister hatte das Modell im vergangenen Jahr als Kompromiss vorgestellt. "
            "Die Truppe soll von derzeit rund 182.000 auf mehr als 200.000 aktive Soldatinnen und "
            "Soldaten wachsen.",
            "Dafür fehlt es bislang an fast allem: an Ausbildern, an Unterkünften und an Material. "
            "Viele Kasernen, die nach dem Ende der Wehrpflicht 2011 geschlossen wurden, sind "
            "inzwischen verkauft oder abgerissen.",
            ("Was passiert, wenn sich zu wenige melden?",),
            "Genau hier liegt die Sprengkraft. Das Gesetz enthält eine Klausel, nach der der Bundestag "
            "eine verpflichtende Einberufung beschließen kann, wenn die Freiwilligenzahlen nicht "
            "ausreichen.",
            "Die Union drängt darauf, diesen Mechanismus schon jetzt mit konkreten Zielzahlen zu "
            "verknüpfen. Die SPD will das vermeiden, weil sie den Widerstand an der eigenen Basis "
            "fürchtet.",
            "Die Jusos haben bereits angekündigt, gegen jede Form der Pflicht mobil zu machen. Auf "
            "dem Parteitag im Herbst dürfte das Thema für heftige Debatten sorgen.",
            "In Umfragen spricht sich inzwischen eine knappe Mehrheit der Deutschen für die "
            "Wiedereinführung der Wehrpflicht aus. Bei den unter 30-Jährigen sieht es allerdings ganz "
            "anders aus.",
            "Viele junge Menschen fühlen sich übergangen. „Über uns wird entschieden, ohne dass uns "
            "jemand fragt“, sagt die Vorsitzende eines Landesschülerrats.",
            "Der Fragebogen soll dennoch wie geplant im Januar verschickt werden. Wer ihn nicht "
            "ausfüllt, muss mit einem Bußgeld rechnen.",
        ],
        "Bundeswehr: Kasernen gesucht",
        "Bundeswehr, Wehrpflicht, Verteidigung",
        "389 Beiträge",
    ),
    _zb(
        "de_magazine_3",
        None,
        "Von Lea Hoffmann",
        "10.03.2026, 12.31 Uhr",
        "Artikel anhören • 5 Min",
        "Krankenhausreform: Erste Kliniken schließen ihre Notaufnahmen",
        "Die Reform soll Qualität bündeln. In Brandenburg und Sachsen-Anhalt bekommen die Menschen "
        "zunächst vor allem längere Wege zu spüren.",
        [
            "Seit dem 1. März ist die Notaufnahme des Kreiskrankenhauses in Seelow nur noch tagsüber "
            "geöffnet. Nachts fahren die Rettungswagen nach Frankfurt an der Oder, 35 Kilometer "
            "entfernt.",
            "Die Klinik ist nicht pleite. Aber sie erfüllt die neuen Vorgaben für die Leistungsgruppe "
            "Notfallmedizin nicht, weil ihr ein rund um die Uhr verfügbarer Facharzt fehlt.",
            "Genau das ist die Idee der Reform, die der Bundestag 2024 beschlossen hat: Komplizierte "
            "Eingriffe sollen nur noch dort stattfinden, wo es genügend Erfahrung und Personal gibt.",
            "Gesundheitsökonomen halten den Ansatz für richtig. Studien zeigen, dass etwa die "
            "Sterblichkeit nach Herzinfarkten in spezialisierten Zentren deutlich niedriger ist.",
            "Auch die Krankenkassen unterstützen die Reform. Sie verweisen darauf, dass Deutschland "
            "mehr Klinikbetten pro Einwohner hat als fast jedes andere Land in Europa, aber zu "
            "wenig Personal, um sie zu betreiben.",
            "Vor Ort sieht man das anders. Der Landrat spricht von einem Vertrauensverlust, und eine "
            "Bürgerinitiative hat in wenigen Tagen mehr als 8000 Unterschriften gesammelt.",
            "„Niemand hier bestreitet, dass eine Hüftoperation in einem großen Zentrum besser "
            "aufgehoben ist“, sagt eine Hausärztin aus dem Oderbruch. „Aber ein Herzinfarkt wartet "
            "nicht, bis der Rettungswagen in Frankfurt ist.“",
            "Die Länder haben inzwischen durchgesetzt, dass sie Ausnahmen für ländliche Regionen "
            "genehmigen dürfen. Wie großzügig sie davon Gebrauch machen, wird über die Zukunft vieler "
            "kleiner Häuser entscheiden.",
            "Bis 2027 sollen alle Krankenhäuser ihre Leistungsgruppen zugewiesen bekommen. Erst "
            "dann wird sich zeigen, wie viele Standorte tatsächlich betroffen sind.",
        ],
        "Pflegenotstand: Wenn die Station schließt, weil das Personal fehlt",
        "Gesundheit, Krankenhäuser, Brandenburg",
        "97 Beiträge",
        tools=False,
    ),
    _zb(
        "de_magazine_4",
        None,
        "Ein Kommentar von Stefan Albers",
        "13.03.2026, 19.10 Uhr",
        "Artikel anhören • 4 Min",
        "Die Schuldenbremse ist tot, es lebe die Schuldenbremse",
        "Die Regierung nimmt Hunderte Milliarden Euro neue Kredite auf und beteuert zugleich, an der "
        "Haushaltsdisziplin festzuhalten. Beides zugleich geht nicht lange gut.",
        [
            "Man muss es der Bundesregierung lassen: Sie beherrscht die Kunst, eine Kehrtwende als "
            "Kontinuität zu verkaufen.",
            "Mit dem Sondervermögen für Infrastruktur und der Ausnahme für Verteidigungsausgaben hat "
            "die Koalition die Schuldenbremse faktisch ausgehebelt. Trotzdem betont der "
            "Finanzminister bei jeder Gelegenheit, man halte an ihr fest.",
            "Dabei wäre eine ehrliche Debatte dringend nötig. Brücken, Schienen und Schulen sind in "
            "einem Zustand, der mit laufenden Einnahmen nicht zu beheben ist.",
            "Ökonomen aller Richtungen sind sich inzwischen weitgehend einig, dass Investitionen in "
            "Infrastruktur über Kredite finanziert werden dürfen, wenn sie künftigen Generationen "
            "nützen.",
            "Das Problem ist nicht, dass Deutschland Kredite aufnimmt. Das Problem ist, dass niemand "
            "erklärt, nach welchen Regeln das in Zukunft geschehen soll.",
            "Schon jetzt fließt ein Teil des Sondervermögens in Projekte, die bisher aus dem normalen "
            "Haushalt bezahlt wurden. Das schafft Spielraum für Wahlgeschenke, nicht für "
            "Investitionen.",
            "Wer es ernst meint mit solider Finanzpolitik, sollte die Schuldenbremse reformieren, "
            "statt sie mit immer neuen Nebenhaushalten zu umgehen.",
            "Eine Reformkommission, wie sie im Koalitionsvertrag vereinbart ist, wäre ein Anfang. "
            "Bislang ist sie allerdings nicht einmal besetzt.",
            "Solange das so bleibt, wird jede Regierung die Regel so auslegen, wie es ihr gerade "
            "passt. Das ist das Gegenteil von Haushaltsdisziplin.",
        ],
        "Sondervermögen: Wohin die 500 Milliarden fließen",
        "Schuldenbremse, Haushalt, Finanzpolitik",
        "156 Beiträge",
    ),
]


# ---------------------------------------------------------------------------
# 6. it_news_site: an Italian national news site (it)
# ---------------------------------------------------------------------------

_CC_HEAD = ["Il Corriere Civico"]
_CC_LISTEN = "Ascolta l'articolo"
_CC_PUB = "Pubblicità"
_CC_NEWS = [
    "Iscriviti alla newsletter: le notizie più importanti della giornata, ogni sera nella tua "
    "casella di posta."
]
_CC_FOOT = ["Riproduzione riservata ©", "© Copyright 2026 Il Corriere Civico S.p.A. - P.IVA 01234567890"]


def _cc(name, byline, date, minutes, title, sommario, paras, leggi_anche, argomenti, newsletter=True):
    blocks = [_n(_CC_HEAD), _k([title]), _k([sommario]), _n([byline, date])]
    blocks.append(_n([_CC_LISTEN + " · " + minutes]))
    for i, p in enumerate(paras):
        blocks.append(["+" + p])
        if i == 1:
            blocks.append(_n(["Leggi anche", leggi_anche]))
        if i == 3 and i < len(paras) - 1:
            blocks.append(_n([_CC_PUB]))
    if newsletter:
        blocks.append(_n(_CC_NEWS))
    blocks.append(_n(["Argomenti", argomenti]))
    blocks.append(_n(_CC_FOOT))
    return page_from_blocks(name, blocks)


_IT = [
    _cc(
        "it_news_site_1",
        "di Marco Bianchi",
        "3 marzo 2026 | 19:24",
        "4 min",
        "Premierato, primo sì della Camera. Le opposizioni in piazza",
        "La riforma costituzionale che introduce l'elezione diretta del presidente del Consiglio "
        "passa con 178 voti favorevoli. Ora servirà la seconda lettura.",
        [
            "Con 178 voti favorevoli, 121 contrari e 3 astenuti, la Camera ha approvato in prima "
            "lettura la riforma costituzionale sul premierato, il progetto che la maggioranza "
            "considera la «madre di tutte le riforme».",
            "Il testo prevede l'elezione diretta del presidente del Consiglio per cinque anni e "
            "limita la possibilità di formare governi diversi da quello uscito dalle urne.",
            "Durante la dichiarazione di voto la presidente del Consiglio ha parlato di «una giornata "
            "storica», sostenendo che la riforma metterà fine all'instabilità dei governi italiani.",
            "Le opposizioni hanno risposto esponendo in aula copie della Costituzione. Nel pomeriggio "
            "alcune migliaia di persone hanno partecipato a una manifestazione a piazza Santi "
            "Apostoli, a Roma.",
            "Secondo diversi costituzionalisti il testo riduce in modo significativo i poteri del "
            "presidente della Repubblica, in particolare nella gestione delle crisi di governo.",
            "Il testo dovrà ora passare al Senato per la seconda deliberazione, che secondo "
            "l'articolo 138 della Costituzione non può avvenire prima di tre mesi dalla prima.",
            "Dalla maggioranza filtra l'intenzione di chiudere l'iter parlamentare entro l'anno, "
            "per evitare che il referendum si sovrapponga alle elezioni politiche.",
            "Poiché la riforma non raggiungerà la maggioranza dei due terzi, è molto probabile che si "
            "arrivi a un referendum confermativo, forse già nella primavera del 2027.",
            "I sondaggi indicano un elettorato diviso: secondo una rilevazione pubblicata la scorsa "
            "settimana, il 44 per cento degli intervistati voterebbe a favore e il 39 per cento "
            "contro.",
            "Al Quirinale si mantiene il massimo riserbo. Fonti vicine alla presidenza si limitano "
            "a ricordare che il capo dello Stato si è sempre espresso a favore di riforme "
            "condivise.",
        ],
        "Referendum sulla giustizia, la Cassazione fissa la data",
        "Premierato, Riforme, Camera dei deputati",
    ),
    _cc(
        "it_news_site_2",
        "di Giulia Ferraro",
        "5 marzo 2026 | 08:10",
        "3 min",
        "Migranti, i centri in Albania restano semivuoti. La Corte Ue decide ad aprile",
        "Nelle strutture di Gjader si trovano meno di trenta persone. Il governo attende la sentenza "
        "di Lussemburgo sui Paesi di origine sicuri.",
        [
            "A più di un anno dalla loro apertura, i centri per migranti costruiti dall'Italia in "
            "Albania ospitano una frazione minima delle persone previste dall'accordo tra Roma e "
            "Tirana.",
            "Secondo fonti del Viminale, nella struttura di Gjader si trovano attualmente 27 persone, "
            "a fronte di una capienza prevista di circa 880 posti.",
            "Il governo ha trasformato parte della struttura in un centro di permanenza per il "
            "rimpatrio, ma anche questa soluzione è stata contestata davanti ai tribunali.",
            "Finora i giudici di Roma hanno convalidato solo una piccola parte dei trattenimenti, "
            "rinviando più volte la questione alla Corte europea.",
            "Tutto dipende ora dalla Corte di giustizia dell'Unione europea, che ad aprile dovrebbe "
            "pronunciarsi sui criteri con cui uno Stato può definire «sicuro» un Paese di origine.",
            "Le opposizioni calcolano che l'operazione sia già costata oltre 800 milioni di euro e "
            "chiedono al ministro dell'Interno di riferire in Parlamento.",
            "Il governo difende il progetto come un «modello» per l'Europa e ricorda che diversi Stati "
            "membri hanno chiesto informazioni sul suo funzionamento.",
            "Intanto a Bruxelles prosegue il negoziato sul nuovo regolamento europeo sui rimpatri, "
            "che potrebbe introdurre la possibilità di creare centri di questo tipo anche per altri "
            "Paesi.",
            "Le organizzazioni umanitarie chiedono invece la chiusura delle strutture, denunciando "
            "condizioni di detenzione inadeguate e difficoltà di accesso all'assistenza legale.",
            "Il ministro dell'Interno ha annunciato che riferirà in Parlamento la prossima "
            "settimana.",
        ],
        "Sbarchi, i numeri del primo trimestre",
        "Migranti, Albania, Governo",
    ),
    _cc(
        "it_news_site_3",
        "di Roberto Esposito",
        "8 marzo 2026 | 13:55",
        "5 min",
        "Ponte sullo Stretto, via libera del Cipess. I cantieri partono in autunno",
        "Il comitato interministeriale approva il progetto definitivo. Costo stimato: 13,5 miliardi "
        "di euro. Ambientalisti pronti al ricorso.",
        [
            "Il Comitato interministeriale per la programmazione economica ha approvato il progetto "
            "definitivo del Ponte sullo Stretto di Messina, l'ultimo passaggio amministrativo prima "
            "dell'apertura dei cantieri.",
            "Il ministro delle Infrastrutture ha annunciato che i primi lavori, gli espropri e le "
            "opere preliminari sulla sponda calabrese, inizieranno entro l'autunno.",
            "L'opera, con una campata unica di 3.300 metri, sarebbe il ponte sospeso più lungo del "
            "mondo. Il costo complessivo è stimato in 13,5 miliardi di euro.",
            "Le associazioni ambientaliste hanno annunciato un ricorso al Tar e una segnalazione alla "
            "Commissione europea, sostenendo che la valutazione d'impatto sia incompleta.",
            "Dubbi arrivano anche dalla Corte dei conti, che dovrà esprimersi sulla delibera, e da una "
            "parte dei sindaci dell'area, preoccupati per gli espropri.",
            "Sul fronte tecnico, la società Stretto di Messina assicura che il progetto è stato "
            "aggiornato alle più recenti norme antisismiche e resisterà a venti fino a 300 "
            "chilometri orari.",
            "A Messina e Villa San Giovanni i commercianti si dividono tra chi spera nell'indotto e chi "
            "teme anni di cantieri e traffico.",
            "Le opposizioni chiedono che le risorse vengano destinate piuttosto alle ferrovie e "
            "alla rete idrica di Sicilia e Calabria, dove in estate molti comuni restano "
            "senz'acqua.",
            "Il governo ha però confermato che il finanziamento è interamente coperto e che l'opera "
            "creerà, secondo le stime della società, circa 100mila posti di lavoro tra diretti e "
            "indiretti.",
            "La data di completamento indicata dalla società concessionaria è il 2032.",
        ],
        "Alta velocità Salerno-Reggio, nuovi ritardi sul primo lotto",
        "Ponte sullo Stretto, Infrastrutture, Sicilia, Calabria",
        newsletter=False,
    ),
    _cc(
        "it_news_site_4",
        "di Giulia Ferraro e Luca Moretti",
        "12 marzo 2026 | 21:02",
        "4 min",
        "Sanità, medici e infermieri in sciopero: a rischio 40mila interventi",
        "Lo stop di 24 ore proclamato dai sindacati contro i tagli e per il rinnovo del contratto. "
        "Garantite le urgenze.",
        [
            "Medici, infermieri e dirigenti sanitari incrociano le braccia per 24 ore. Secondo i "
            "sindacati, potrebbero saltare circa 40mila interventi chirurgici programmati e oltre un "
            "milione di esami.",
            "Restano garantiti i servizi di emergenza, i reparti di terapia intensiva e le prestazioni "
            "oncologiche, come previsto dalla legge sui servizi pubblici essenziali.",
            "Secondo i dati dei sindacati, nelle prime ore della mattina l'adesione superava il 70 "
            "per cento in diversi grandi ospedali di Milano, Roma e Napoli.",
            "A Napoli un gruppo di infermieri ha organizzato un presidio davanti all'ospedale "
            "Cardarelli, con striscioni che chiedevano «più personale, meno turni infiniti».",
            "Al centro della protesta ci sono le risorse per il rinnovo del contratto, giudicate "
            "insufficienti, e le condizioni di lavoro nei pronto soccorso.",
            "«Mancano almeno 10mila medici e 60mila infermieri. I colleghi se ne vanno all'estero o nel "
            "privato», ha detto il segretario di uno dei sindacati promotori.",
            "Il ministro della Salute ha definito lo sciopero «comprensibile ma sbagliato nei tempi», "
            "ricordando l'aumento del fondo sanitario nazionale nell'ultima legge di bilancio.",
            "Il ministero ha convocato i sindacati per un incontro la prossima settimana, ma i "
            "promotori dello sciopero hanno già annunciato una nuova mobilitazione in caso di "
            "mancate risposte.",
            "Le Regioni chiedono al governo di superare il tetto di spesa per il personale, fermo da "
            "quasi vent'anni.",
        ],
        "Liste d'attesa, cosa prevede il nuovo decreto",
        "Sanità, Sciopero, Sindacati",
    ),
]


# ---------------------------------------------------------------------------
# 7. pl_news_portal: a Polish news portal (pl)
# ---------------------------------------------------------------------------

_K24_HEAD = ["Kurier24.pl"]
_K24_AD = "REKLAMA"
_K24_VIDEO = "Dalsza część artykułu pod materiałem wideo"
_K24_SHARE = ["Udostępnij"]
_K24_APP = "Pobierz aplikację Kurier24 i bądź zawsze na bieżąco. Dostępna w App Store i Google Play."
_K24_FOOT = [
    "Regulamin | Polityka prywatności | Ustawienia prywatności",
    "© 2026 Kurier24 Sp. z o.o. Wszelkie prawa zastrzeżone.",
]


def _k24(name, author, date, title, lead, paras, zobacz, source, comments, video=True, app=True):
    blocks = [_n(_K24_HEAD), _k([title]), _n([author, date]), _n(_K24_SHARE), _k([lead])]
    if video:
        blocks.append(_n([_K24_VIDEO]))
    for i, p in enumerate(paras):
        blocks.append(["+" + p])
        if i == 1:
            blocks.append(_n([_K24_AD]))
        if i == 3 and i < len(paras) - 1:
            blocks.append(_n(["Zobacz też: " + zobacz]))
    blocks.append(_n(["Źródło: " + source]))
    if app:
        blocks.append(_n([_K24_APP]))
    blocks.append(_n([comments]))
    blocks.append(_n(_K24_FOOT))
    return page_from_blocks(name, blocks)


_PL = [
    _k24(
        "pl_news_portal_1",
        "Anna Nowak",
        "3 marca 2026, 18:42",
        "Rolnicy znów blokują przejścia graniczne. „Nie odpuścimy, dopóki rząd nie zareaguje”",
        "Od poniedziałku rolnicy protestują przy trzech przejściach granicznych z Ukrainą. Domagają "
        "się zablokowania importu zboża i cukru.",
        [
            "Protestujący rolnicy ustawili ciągniki w pobliżu przejść granicznych w Dorohusku, "
            "Hrebennem i Medyce. Przepuszczają tylko samochody osobowe, autobusy i transporty "
            "humanitarne.",
            "Kolejka ciężarówek czekających na odprawę w Dorohusku wydłużyła się we wtorek do ponad "
            "dwudziestu kilometrów. Kierowcy skarżą się na brak dostępu do sanitariatów.",
            "Część przewoźników zdecydowała się kierować ciężarówki przez przejścia na Słowacji i "
            "Węgrzech, co wydłuża trasę nawet o kilkaset kilometrów.",
            "Przedsiębiorcy transportowi szacują, że każdy dzień blokady kosztuje branżę "
            "kilkadziesiąt milionów złotych.",
            "Rolnicy domagają się przede wszystkim utrzymania zakazu importu ukraińskiego zboża oraz "
            "objęcia nim także cukru, drobiu i jaj. Jak twierdzą, tani import zrujnował ceny skupu.",
            "– Za tonę pszenicy dostajemy mniej niż dwa lata temu, a nawozy i paliwo kosztują "
            "dwa razy tyle – mówi jeden z organizatorów protestu spod Hrubieszowa.",
            "Minister rolnictwa zapowiedział spotkanie z przedstawicielami protestujących w czwartek. "
            "Zapewnił, że rząd nie zgodzi się na liberalizację handlu z Ukrainą bez zabezpieczeń dla "
            "polskich producentów.",
            "Strona ukraińska apeluje o odblokowanie granicy i przypomina, że przez przejścia "
            "przejeżdża również pomoc wojskowa.",
            "Protest ma potrwać co najmniej do końca miesiąca.",
            "Organizatorzy zapowiadają, że jeśli rozmowy z ministrem nie przyniosą rezultatu, "
            "protest obejmie również drogi dojazdowe do portów w Gdańsku i Gdyni.",
        ],
        "Ceny żywności w lutym. GUS podał nowe dane",
        "Kurier24, PAP",
        "Komentarze (128)",
    ),
    _k24(
        "pl_news_portal_2",
        "Piotr Wiśniewski",
        "6 marca 2026, 07:15",
        "Tarcza Wschód. Na granicy z Rosją i Białorusią powstają pierwsze umocnienia",
        "Zapory przeciwczołgowe, rowy i zasieki mają stanąć na odcinku ponad 700 km. Program ma "
        "kosztować 10 mld zł.",
        [
            "Wojsko rozpoczęło budowę pierwszych elementów programu Tarcza Wschód w województwie "
            "warmińsko-mazurskim, w pobliżu granicy z obwodem królewieckim.",
            "Na polach pod Gołdapią stanęły już betonowe zapory przeciwczołgowe, tzw. jeże. Saperzy "
            "kopią także rowy i przygotowują miejsca pod przyszłe schrony.",
            "Według Ministerstwa Obrony Narodowej cały program ma kosztować około 10 mld zł i zostać "
            "ukończony do 2028 roku. Część środków ma pochodzić z funduszy unijnych.",
            "– To nie jest mur. To system, który ma spowolnić ewentualnego przeciwnika i dać czas "
            "naszym wojskom – tłumaczył na konferencji prasowej wiceminister obrony.",
            "Mieszkańcy przygranicznych gmin przyjmują budowę z mieszanymi uczuciami. Część obawia "
            "się, że ich ziemia straci na wartości, inni mówią, że czują się bezpieczniej.",
            "Rolnicy, których grunty zostaną zajęte pod umocnienia, mają otrzymać odszkodowania. "
            "Wojewoda zapowiedział specjalne punkty informacyjne w urzędach gmin.",
            "Program jest częścią szerszego planu wzmacniania wschodniej flanki NATO. Podobne "
            "umocnienia budują Litwa, Łotwa i Estonia w ramach tzw. Bałtyckiej Linii Obrony.",
            "Eksperci wojskowi podkreślają jednak, że bez odpowiedniej liczby żołnierzy i sprzętu "
            "same zapory nie zatrzymają przeciwnika.",
            "Pierwszy odcinek umocnień ma zostać ukończony do końca roku. Na kolejnych etapach "
            "wojsko planuje także budowę punktów obserwacyjnych wyposażonych w czujniki i kamery "
            "termowizyjne.",
        ],
        "Nowe czołgi dla 18. Dywizji Zmechanizowanej",
        "Kurier24",
        "Komentarze (54)",
    ),
    _k24(
        "pl_news_portal_3",
        "Katarzyna Zielińska",
        "9 marca 2026, 13:30",
        "Spór o KRS. Prezydent nie podpisze ustawy, Sejm szykuje odpowiedź",
        "Kancelaria Prezydenta zapowiada weto wobec nowelizacji ustawy o Krajowej Radzie "
        "Sądownictwa. Koalicja rządząca nie ma większości, by je odrzucić.",
        [
            "Prezydent nie podpisze nowelizacji ustawy o Krajowej Radzie Sądownictwa przyjętej przez "
            "Sejm w lutym – poinformował w poniedziałek szef jego kancelarii.",
            "Ustawa przewiduje, że sędziowskich członków Rady będą wybierać sami sędziowie, a nie "
            "Sejm. Według rządu to warunek przywrócenia zgodności z wyrokami europejskich trybunałów.",
            "Zdaniem Kancelarii Prezydenta nowelizacja jest niezgodna z konstytucją, ponieważ skraca "
            "kadencję obecnych członków Rady.",
            "Koalicja rządząca nie dysponuje większością trzech piątych głosów potrzebną do odrzucenia "
            "weta. Minister sprawiedliwości zapowiedział, że rząd rozważa inne rozwiązania.",
            "Opozycja przekonuje, że to rząd odpowiada za przedłużający się chaos w sądownictwie, "
            "bo nie chciał kompromisu z prezydentem.",
            "Prezes Stowarzyszenia Sędziów Polskich nazwała zapowiedź weta „kolejnym straconym "
            "rokiem dla wymiaru sprawiedliwości”.",
            "Tymczasem w sądach wciąż rośnie liczba spraw, w których strony kwestionują status "
            "sędziów powołanych z udziałem obecnej Rady.",
            "Sprawą zajmuje się również Komisja Europejska, która uzależnia wypłatę części środków "
            "z funduszy unijnych od postępów w przywracaniu niezależności sądownictwa.",
            "Marszałek Sejmu zapowiedział, że izba zajmie się wetem na najbliższym posiedzeniu, "
            "choć wynik głosowania wydaje się przesądzony.",
        ],
        "Trybunał Konstytucyjny. Co dalej z wyrokami?",
        "PAP",
        "Komentarze (311)",
        video=False,
    ),
    _k24(
        "pl_news_portal_4",
        "Anna Nowak",
        "12 marca 2026, 10:05",
        "800 plus dla Ukraińców tylko dla pracujących. Nowe zasady od czerwca",
        "Obywatele Ukrainy będą mogli pobierać świadczenie wychowawcze tylko wtedy, gdy są "
        "aktywni zawodowo w Polsce, a ich dzieci chodzą do polskiej szkoły.",
        [
            "Od 1 czerwca prawo do świadczenia 800 plus dla obywateli Ukrainy będzie uzależnione od "
            "aktywności zawodowej w Polsce. Tak zakłada ustawa podpisana w środę przez prezydenta.",
            "Warunkiem wypłaty będzie także realizowanie przez dzieci obowiązku szkolnego w polskiej "
            "placówce. Kontrolę mają prowadzić ZUS i samorządy.",
            "Z danych ZUS wynika, że świadczenie pobiera obecnie około 230 tys. dzieci z Ukrainy. "
            "Według szacunków resortu rodziny nowe zasady mogą ograniczyć tę liczbę o jedną piątą.",
            "Organizacje pomagające uchodźcom zwracają uwagę, że wiele matek samotnie wychowujących "
            "dzieci nie może podjąć pracy na pełny etat z powodu braku miejsc w żłobkach.",
            "– Te przepisy uderzą przede wszystkim w kobiety z małymi dziećmi i w osoby z "
            "niepełnosprawnościami – mówi przedstawicielka jednej z fundacji działających w "
            "Przemyślu.",
            "Zwolennicy zmian podkreślają, że podobne rozwiązania obowiązują w innych krajach Unii "
            "Europejskiej, a świadczenia socjalne powinny zachęcać do integracji.",
            "Według danych Narodowego Banku Polskiego zdecydowana większość dorosłych uchodźców z "
            "Ukrainy w wieku produkcyjnym już pracuje, a ich wkład w PKB szacowany jest na kilka "
            "miliardów złotych rocznie.",
            "ZUS zapowiada, że osoby, które stracą prawo do świadczenia, zostaną poinformowane przez "
            "platformę PUE.",
            "Projekt krytykuje także część ekonomistów, według których ograniczenie świadczeń może "
            "skłonić część rodzin do wyjazdu do innych krajów Unii, gdzie wsparcie jest wyższe.",
        ],
        "Ile Polacy zarabiają? Nowe dane o płacach",
        "Kurier24, ZUS",
        "Komentarze (76)",
        app=False,
    ),
]


# ---------------------------------------------------------------------------
# 8. ru_exile_media: a Russian-language independent media site / blog (ru)
# ---------------------------------------------------------------------------

_VS_AGENT = (
    "ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ "
    "ИНФОРМАЦИИ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА, И (ИЛИ) РОССИЙСКИМ ЮРИДИЧЕСКИМ ЛИЦОМ, "
    "ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА. 18+"
)
_VS_HEAD = ["Вестник"]
_VS_DONATE = [
    "Нас заблокировали в России, но мы продолжаем работать. Помогите нам остаться независимыми: "
    "оформите ежемесячное пожертвование.",
]
_VS_SUBSCRIBE = "Подписывайтесь на наш Telegram-канал, чтобы не пропускать главное."
_VS_FOOT = [
    "Читайте нас без VPN: скачайте приложение или подпишитесь на рассылку",
    "© 2026 «Вестник». Все права защищены.",
]


def _vs(name, rubric, author, date, read_time, title, lead, paras, also, tags, agent=True, donate=True):
    head = [_VS_AGENT] if agent else []
    blocks = [_n(head + _VS_HEAD), _n([rubric]), _k([title]), _k([lead]), _n([author, date, read_time])]
    for i, p in enumerate(paras):
        blocks.append(["+" + p])
        if i == 2:
            blocks.append(_n(["Читайте также", also]))
    blocks.append(_n([_VS_SUBSCRIBE]))
    if donate:
        blocks.append(_n(_VS_DONATE))
    blocks.append(_n(["Теги: " + tags]))
    blocks.append(_n(_VS_FOOT))
    return page_from_blocks(name, blocks)


_RU = [
    _vs(
        "ru_exile_media_1",
        "Разборы",
        "Автор: Ирина Волкова",
        "3 марта 2026, 14:20",
        "Время чтения: 6 минут",
        "Ключевая ставка 16%: почему ЦБ не спешит снижать ставку",
        "Инфляция замедляется, но Центробанк опасается нового витка роста цен. Разбираемся, что "
        "это значит для кредитов и вкладов.",
        [
            "В пятницу Банк России сохранил ключевую ставку на уровне 16% годовых. Это решение "
            "совпало с ожиданиями большинства аналитиков, но тон заявления оказался жестче, чем "
            "рассчитывал рынок.",
            "В пресс-релизе регулятор отметил, что инфляционные ожидания населения и бизнеса остаются "
            "повышенными, а рынок труда — перегретым. Безработица держится на историческом минимуме "
            "около 2,3%.",
            "Председатель ЦБ на пресс-конференции подчеркнула, что регулятор готов держать ставку "
            "высокой столько, сколько потребуется, чтобы вернуть инфляцию к цели в 4%.",
            "Главная причина осторожности — бюджет. Расходы на оборону и субсидии продолжают расти, "
            "а дефицит федерального бюджета по итогам января и февраля превысил план на весь год.",
            "Бизнес тем временем жалуется на дорогие кредиты. По данным опросов, все больше "
            "предприятий откладывают инвестиционные проекты, а число банкротств в строительной "
            "отрасли выросло почти на треть.",
            "Особенно тяжело приходится застройщикам: после отмены массовой льготной ипотеки "
            "продажи квартир в новостройках упали, а стоимость проектного финансирования выросла.",
            "Для граждан высокая ставка означает, что вклады еще какое-то время будут приносить "
            "доходность выше инфляции, а ипотека без господдержки остается практически недоступной.",
            "Следующее заседание совета директоров ЦБ назначено на конец апреля. Экономисты не "
            "исключают, что снижение ставки начнется только летом.",
            "Рубль после решения ЦБ почти не изменился: доллар на Мосбирже торговался около 89 рублей.",
            "Часть аналитиков, впрочем, считает, что ЦБ придется смягчить политику раньше, если "
            "замедление экономики окажется сильнее ожидаемого.",
        ],
        "Зарплаты растут, а покупать становится труднее. Как так получается?",
        "экономика, ЦБ, инфляция",
    ),
    _vs(
        "ru_exile_media_2",
        "Новости",
        "Автор: редакция",
        "6 марта 2026, 09:05",
        "Время чтения: 3 минуты",
        "В регионах начали замедлять мобильный интернет «по соображениям безопасности»",
        "Жители как минимум двенадцати областей жалуются на отключения мобильного интернета, "
        "которые длятся по несколько часов в день.",
        [
            "С начала марта жители Белгородской, Курской, Ростовской и еще как минимум девяти "
            "областей сообщают о регулярных отключениях мобильного интернета.",
            "Местные власти объясняют ограничения защитой от атак беспилотников, которые якобы "
            "используют сотовые сети для навигации. Никаких подробностей при этом не приводится.",
            "Отключения происходят не только в приграничных регионах. О проблемах сообщают также "
            "жители Самары, Казани и Екатеринбурга, которые находятся далеко от линии фронта.",
            "В отключенном режиме продолжают работать только сайты из так называемого «белого "
            "списка» — госуслуги, маркетплейсы, несколько банков и федеральные СМИ.",
            "Владельцы небольших магазинов и службы такси говорят о серьезных убытках: без интернета "
            "перестают работать кассы и приложения.",
            "В некоторых городах люди начали массово покупать проводной домашний интернет, а "
            "операторы сообщают о росте числа заявок на подключение в несколько раз.",
            "Эксперты по цифровым правам считают, что отключения используются и для проверки "
            "технических возможностей полной изоляции российского сегмента сети.",
            "Роскомнадзор ситуацию не комментирует.",
            "В Минцифры заявили, что ограничения носят временный характер, но не назвали сроков их "
            "отмены.",
            "Тем временем пользователи все чаще жалуются и на замедление мессенджеров, в том числе "
            "в крупных городах, где никаких угроз с воздуха нет.",
        ],
        "Как работает «белый список» сайтов и кто в него попал",
        "интернет, цензура, регионы",
    ),
    _vs(
        "ru_exile_media_3",
        "Истории",
        "Автор: Денис Карпов",
        "10 марта 2026, 18:40",
        "Время чтения: 9 минут",
        "«Нам сказали, что это учения». Как весенний призыв превращается в отправку на фронт",
        "Родственники срочников рассказывают, как их сыновей уговаривают подписать контракт в "
        "первые недели службы.",
        [
            "Весенний призыв в этом году стал рекордным за последние полтора десятилетия: в армию "
            "планируется призвать 160 тысяч человек.",
            "Официально срочники не участвуют в боевых действиях. Однако матери, с которыми "
            "поговорил «Вестник», рассказывают, что на их сыновей с первых дней давят, добиваясь "
            "подписания контракта.",
            "«Сказали, что контракт — это формальность и что на передовую никто не поедет. Через "
            "месяц он позвонил уже из Курской области», — говорит Ольга из Саратова.",
            "Юристы правозащитных проектов отмечают, что число обращений от призывников выросло "
            "в несколько раз по сравнению с прошлым годом.",
            "Теперь повестки приходят в электронном виде через портал госуслуг и считаются врученными "
            "через семь дней после размещения в реестре. Уклониться от них стало значительно "
            "сложнее.",
            "Министерство обороны утверждает, что все контракты подписываются добровольно, а жалобы "
            "родственников проверяются военной прокуратурой.",
            "По данным независимых исследователей, за последний год удалось установить имена как "
            "минимум нескольких десятков погибших, которые были призваны на срочную службу и "
            "подписали контракт в первые месяцы.",
            "Одна из собеседниц «Вестника» до сих пор не знает, где находится ее сын. Последнее "
            "сообщение от него пришло три недели назад.",
            "«Я не прошу ничего особенного. Я хочу только знать, жив ли он», — говорит она.",
        ],
        "Электронные повестки: что изменилось за год",
        "армия, призыв, война",
        agent=False,
    ),
    _vs(
        "ru_exile_media_4",
        "Мнения",
        "Автор: Андрей Лебедев, политолог",
        "13 марта 2026, 11:15",
        "Время чтения: 5 минут",
        "Выборы в Думу без сюрпризов: зачем Кремлю новые партии",
        "До выборов в Госдуму полгода, и администрация президента уже формирует список "
        "допущенных участников.",
        [
            "В сентябре в России пройдут выборы в Государственную думу. Их исход никого не "
            "интригует, но подготовка к ним показывает, как Кремль видит политическое поле.",
            "Главное новшество — ставка на партии, созданные в последние годы под конкретную "
            "аудиторию: ветеранов войны, молодых предпринимателей, жителей больших городов.",
            "Их задача — собрать голоса тех, кто разочаровался в «Единой России», но не готов "
            "голосовать за коммунистов.",
            "Параллельно продолжается зачистка: отказы в регистрации кандидатам, присвоение статуса "
            "иноагента, уголовные дела за «дискредитацию армии».",
            "Только за последние месяцы статус иноагента получили несколько бывших депутатов "
            "региональных парламентов, которые собирались участвовать в выборах.",
            "Трехдневное голосование и дистанционное электронное голосование, которое охватит уже "
            "больше трети регионов, делают результаты практически непроверяемыми.",
            "Наблюдатели от независимых организаций почти не допускаются на участки, а «Голос» "
            "признан иностранным агентом и работает в основном удаленно.",
            "Тем не менее у оппозиционно настроенных избирателей остается выбор: голосовать за "
            "любую партию, кроме «Единой России», прийти и испортить бюллетень или не приходить "
            "вовсе.",
            "Для Кремля эти выборы — прежде всего демонстрация лояльности. Вопрос лишь в том, "
            "насколько высокую явку удастся показать.",
        ],
        "Кто такие «ветеранские» партии и откуда у них деньги",
        "выборы, Госдума, Кремль",
        donate=False,
    ),
]


# ---------------------------------------------------------------------------
# 9. trap_columnist_signature: a columnist's Substack (en). TRAP: every post ends with the same
#    closing paragraph (the author's stock argument) and shares the column's recurring
#    subheadings; all of that is the author's own text (+). Substack chrome is noise (-).
# ---------------------------------------------------------------------------

_LG_SIGNATURE = (
    "As regular readers know, I judge every government by the same rule: read the budget, not the "
    "speeches. A speech costs nothing; a budget is the one document in politics where priorities "
    "have a price, and it rarely lies for long."
)
_LG_PLUS = "Plus of the week"
_LG_MINUS = "Minus of the week"
_LG_NUMBER = "The number"
_LG_HEAD = ["The Long Game", "Subscribe"]
_LG_BOX = [
    "The Long Game is a reader-supported publication. To receive new posts and support my work, "
    "consider becoming a free or paid subscriber.",
    "Subscribe",
]
_LG_FOOT = [
    "Discussion about this post",
    "Ready for more?",
    "© 2026 Margaret Hale · Privacy ∙ Terms ∙ Collection notice",
]


def _lg(name, date, title, subtitle, intro, plus, minus, number, likes, box=True):
    blocks = [_n(_LG_HEAD), _k([title]), _k([subtitle]), _n(["Margaret Hale", date]), _n(["Share"])]
    blocks += _paras(intro)
    if box:
        blocks.append(_n(_LG_BOX))
    blocks.append(_k([_LG_PLUS]))
    blocks += _paras(plus)
    blocks.append(_k([_LG_MINUS]))
    blocks += _paras(minus)
    blocks.append(_k([_LG_NUMBER]))
    blocks += _paras(number)
    blocks.append(_k([_LG_SIGNATURE]))
    blocks.append(_n([likes]))
    blocks.append(_n(["Share", "Leave a comment"]))
    blocks.append(_n(_LG_FOOT))
    return page_from_blocks(name, blocks)


_TRAP_COLUMN = [
    _lg(
        "trap_columnist_signature_1",
        "Mar 1, 2026",
        "The childcare promise meets the spreadsheet",
        "Ministers want universal childcare by 2028. The money says otherwise.",
        [
            "Every party now agrees that childcare is too expensive. That consensus is new, and it is "
            "welcome. The trouble starts when you ask how the promises will be paid for.",
            "The government's plan offers thirty free hours a week to every child from nine months "
            "old. Nurseries say the hourly rate the state pays them is already below their costs, "
            "and many have quietly raised fees for the hours that are not covered.",
        ],
        [
            "Credit where due: the education department published, for the first time, a "
            "nursery-by-nursery list of places. Parents can now see where the shortages are, and "
            "so can journalists.",
        ],
        [
            "The Treasury's spending review set aside money for the first phase only. There is no "
            "line for the second, which is the expensive one. A promise with no line in the budget "
            "is a wish.",
            "Meanwhile one in five nursery workers left the sector last year, mostly for retail jobs "
            "that pay better and demand less.",
            "Ask the minister where the extra staff will come from and you get a recruitment "
            "campaign. Ask where the money for their wages is and you get silence.",
        ],
        [
            "£4.1 billion: the gap, by the sector's own estimate, between what the full scheme will "
            "cost and what has been set aside.",
        ],
        "118 Likes ∙ 9 Restacks",
    ),
    _lg(
        "trap_columnist_signature_2",
        "Mar 8, 2026",
        "Defence spending: the 3 percent that isn't",
        "The headline target is real. The accounting behind it is creative.",
        [
            "The prime minister told the alliance summit that Britain would spend 3 percent of GDP "
            "on defence by the end of the decade. The applause was genuine. The arithmetic is less "
            "so.",
            "Look closely and the new figure includes intelligence agencies, military pensions and "
            "a share of the coastguard. None of that is wrong in itself, but it means the army, "
            "navy and air force will see far less new money than the headline suggests.",
            "The procurement backlog is the real test. Orders for artillery and air defence placed "
            "after 2022 are still years from delivery.",
        ],
        [
            "The decision to buy ammunition jointly with European partners. It is unglamorous, and "
            "it is the single most useful thing ministers have done this year.",
        ],
        [
            "The aid budget is being cut to pay for it, again, and ministers are pretending that "
            "this is a choice without consequences. It is not.",
            "Vaccination programmes, girls' schooling and famine relief are not line items you "
            "can pause and restart when the mood improves.",
        ],
        [
            "68: the number of months between ordering a new air defence battery and having it "
            "operational, according to the ministry's own answers to Parliament.",
        ],
        "204 Likes ∙ 31 Restacks",
    ),
    _lg(
        "trap_columnist_signature_3",
        "Mar 15, 2026",
        "Councils are going bust in slow motion",
        "Section 114 notices used to be rare. Now they are a business model.",
        [
            "Another week, another council admitting that it cannot balance its books. This time it "
            "was a county in the Midlands that serves more than half a million people.",
            "The causes are familiar: adult social care, children's placements and special "
            "educational needs transport now swallow more than two thirds of many councils' "
            "budgets, leaving little for bins, libraries and roads.",
        ],
        [
            "The new multi-year settlement finally lets councils plan beyond a single year. Finance "
            "directors have been asking for it for a decade.",
        ],
        [
            "The emergency loans offered to struggling councils come with interest and a demand to "
            "sell assets. Selling the town hall pays for one year of care, not ten.",
            "And the reform of special educational needs funding, promised for this spring, has "
            "been pushed back again, to the autumn at the earliest.",
        ],
        [
            "£2,300: the average annual cost to a council of transporting one child with special "
            "educational needs to school.",
        ],
        "87 Likes ∙ 6 Restacks",
        box=False,
    ),
    _lg(
        "trap_columnist_signature_4",
        "Mar 22, 2026",
        "The NHS waiting list is falling. Slowly.",
        "The government deserves some credit. It also deserves some scrutiny.",
        [
            "For the first time in almost two years, the waiting list for planned hospital treatment "
            "in England has fallen for five months in a row. It now stands at about 7.4 million "
            "cases.",
            "Ministers have been quick to claim victory. The figures deserve a closer look: part of "
            "the fall comes from 'validation', in which hospitals remove patients who no longer need "
            "treatment or have had it elsewhere.",
            "That is legitimate housekeeping, but it is not the same as treating people.",
        ],
        [
            "Community diagnostic centres are doing what they promised: scans and tests outside "
            "busy hospitals, often in the evening and at weekends.",
        ],
        [
            "The capital budget for hospital buildings has been raided once more to cover day-to-day "
            "costs. Leaking roofs do not appear on a waiting list, until an operating theatre has to "
            "close.",
            "Nor does the list capture the people waiting for community mental health services, "
            "who are counted separately and whose numbers are still rising.",
        ],
        [
            "18 weeks: the target for treatment that the health service has missed every month since "
            "2016.",
        ],
        "152 Likes ∙ 14 Restacks",
    ),
]


# ---------------------------------------------------------------------------
# 10. trap_wire_republished: a French regional news site (fr). TRAP: the same AFP dispatch is
#     published three times (first version, updated version, local version), so most of its
#     paragraphs recur on three pages; they are article text (+). Two other articles.
# ---------------------------------------------------------------------------

_OM_HEAD = ["Ouest Matin", "S'abonner"]
_OM_PUB = "Publicité"
_OM_NEWSLETTER = "Vous avez aimé cet article ? Recevez gratuitement chaque soir la newsletter Ouest Matin Soir."
_OM_FOOT = ["Signaler une erreur", "© Ouest Matin 2026"]

_FLO_RAFALES = (
    "Des rafales de 180 km/h ont été enregistrées à la pointe du Raz, et jusqu'à 140 km/h dans "
    "l'intérieur des terres, selon Météo-France, qui avait placé quatre départements en vigilance "
    "rouge."
)
_FLO_ENEDIS = (
    "« Nous avons mobilisé plus de 3 000 techniciens, mais certaines coupures pourraient durer "
    "plusieurs jours », a prévenu Enedis, le gestionnaire du réseau de distribution."
)
_FLO_TRAINS = (
    "La circulation ferroviaire a été interrompue sur plusieurs lignes en Bretagne et en "
    "Normandie, et les écoles sont restées fermées dans les départements en vigilance rouge."
)
_FLO_QUIMPER = (
    "Un homme d'une soixantaine d'années a été tué par la chute d'un arbre sur son véhicule près "
    "de Quimper, a indiqué la préfecture du Finistère."
)
_FLO_SECOND = (
    "Dans la Manche, une femme de 72 ans est morte dans l'après-midi après avoir été heurtée par "
    "une tôle arrachée d'un hangar agricole, selon les pompiers."
)
_FLO_AIR = (
    "Les aéroports de Brest et de Rennes ont suspendu leurs vols jusqu'à la mi-journée, et les "
    "liaisons maritimes vers les îles d'Ouessant, de Sein et de Groix ont été annulées."
)
_FLO_PREFETE = (
    "« Restez chez vous, ne prenez pas la route sauf nécessité absolue », avait exhorté mercredi "
    "soir la préfète de la région Bretagne, alors que les premières rafales atteignaient le "
    "littoral."
)
_FLO_NEXT = (
    "La tempête se décale désormais vers la Belgique et les Pays-Bas. Météo-France a levé la "
    "vigilance rouge jeudi en fin d'après-midi, mais maintient l'orange pour les vents sur le "
    "littoral de la Manche."
)


def _om(name, section, byline, date, title, paras, same_subject, newsletter=True):
    blocks = [_n(_OM_HEAD), _n([section]), _k([title]), _n([byline, date])]
    for i, p in enumerate(paras):
        blocks.append(["+" + p])
        if i == 1:
            blocks.append(_n([_OM_PUB]))
    blocks.append(_n(["À lire sur le même sujet", same_subject]))
    if newsletter:
        blocks.append(_n([_OM_NEWSLETTER]))
    blocks.append(_n(_OM_FOOT))
    return page_from_blocks(name, blocks)


_TRAP_WIRE = [
    _om(
        "trap_wire_republished_1",
        "France-Monde",
        "Ouest Matin avec AFP",
        "Publié le 5 mars 2026 à 09h12",
        "Tempête Floriane : un mort et 800 000 foyers privés d'électricité dans l'Ouest",
        [
            "Rennes (AFP) - La tempête Floriane a balayé dans la nuit de mercredi à jeudi le "
            "nord-ouest de la France, faisant un mort dans le Finistère et privant d'électricité "
            "environ 800 000 foyers, selon un bilan provisoire des autorités.",
            _FLO_QUIMPER,
            _FLO_RAFALES,
            _FLO_ENEDIS,
            _FLO_TRAINS,
            _FLO_AIR,
            _FLO_PREFETE,
            "Le ministre de l'Intérieur est attendu dans l'après-midi dans le Finistère.",
            "Selon Météo-France, Floriane est la tempête la plus violente à frapper la Bretagne "
            "depuis Ciaran, en novembre 2023.",
        ],
        "Vigilance rouge : les consignes de sécurité à respecter",
    ),
    _om(
        "trap_wire_republished_2",
        "France-Monde",
        "Ouest Matin avec AFP",
        "Publié le 5 mars 2026 à 09h12, mis à jour à 17h48",
        "Tempête Floriane : deux morts et plus d'un million de foyers sans électricité",
        [
            "Rennes (AFP) - La tempête Floriane, qui a balayé dans la nuit de mercredi à jeudi le "
            "nord-ouest de la France, a fait deux morts et privé d'électricité plus d'un million de "
            "foyers, selon un nouveau bilan des autorités.",
            _FLO_QUIMPER,
            _FLO_SECOND,
            _FLO_RAFALES,
            _FLO_ENEDIS,
            _FLO_TRAINS,
            _FLO_AIR,
            _FLO_PREFETE,
            "Le ministre de l'Intérieur, arrivé en début d'après-midi à Quimper, a salué « la "
            "mobilisation exceptionnelle » des secours et annoncé que l'état de catastrophe "
            "naturelle serait reconnu « dans les plus brefs délais ».",
            _FLO_NEXT,
        ],
        "Tempête : comment se faire indemniser par son assurance",
    ),
    _om(
        "trap_wire_republished_3",
        "Pays de la Loire",
        "Ouest Matin avec AFP",
        "Publié le 5 mars 2026 à 18h30",
        "Tempête Floriane : en Loire-Atlantique, des arbres arrachés et des écoles fermées",
        [
            "En Loire-Atlantique, la tempête a surtout frappé le littoral. À Saint-Nazaire et à "
            "Pornic, des dizaines d'arbres ont été arrachés et plusieurs toitures endommagées, sans "
            "faire de blessé grave, selon la préfecture.",
            "Près de 90 000 foyers du département étaient encore privés d'électricité jeudi soir. Le "
            "pont de Saint-Nazaire est resté fermé à la circulation jusqu'à 14 heures.",
            "Au niveau national, la tempête a fait deux morts et privé d'électricité plus d'un "
            "million de foyers.",
            _FLO_QUIMPER,
            _FLO_SECOND,
            _FLO_RAFALES,
            _FLO_ENEDIS,
            _FLO_AIR,
            _FLO_NEXT,
        ],
        "Saint-Nazaire : le pont fermé, les images impressionnantes",
        newsletter=False,
    ),
    _om(
        "trap_wire_republished_4",
        "Bretagne",
        "Par Yann Le Goff",
        "Publié le 6 mars 2026 à 07h45",
        "Pêche : les bateaux bretons restent à quai, la filière inquiète",
        [
            "Pour la troisième semaine consécutive, une grande partie de la flottille du Guilvinec "
            "n'a pas pris la mer. En cause, une météo exécrable et le prix du gazole, qui a "
            "dépassé 1 euro le litre hors taxes.",
            "« Avec la tempête, on a perdu une semaine de plus. Certains équipages n'ont quasiment "
            "rien gagné depuis janvier », résume un patron pêcheur.",
            "Les criées de Cornouaille ont vu leurs volumes baisser de près de 30 % sur les deux "
            "premiers mois de l'année, selon les chiffres de la chambre de commerce.",
            "La filière demande la réactivation de l'aide au carburant mise en place en 2022 et un "
            "report des cotisations sociales pour les entreprises les plus fragiles.",
            "La région Bretagne a annoncé une enveloppe d'urgence de 3 millions d'euros, jugée "
            "« bienvenue mais insuffisante » par le comité régional des pêches.",
            "Au-delà de l'urgence, les professionnels s'inquiètent du renouvellement des "
            "équipages. La moyenne d'âge des patrons pêcheurs dépasse désormais 50 ans dans le "
            "Finistère, et les écoles maritimes peinent à remplir leurs formations.",
            "« Un jeune qui voit ses parents rentrer avec des dettes ne va pas reprendre le "
            "bateau », souligne la présidente d'une coopérative de Loctudy.",
            "Une réunion avec le secrétaire d'État chargé de la Mer est prévue à la fin du mois à "
            "Lorient.",
            "D'ici là, plusieurs armements envisagent de mettre une partie de leurs marins au "
            "chômage partiel.",
        ],
        "Brexit : cinq ans après, les pêcheurs bretons toujours privés de licences",
    ),
    _om(
        "trap_wire_republished_5",
        "Pays de la Loire",
        "Par Sophie Guérin",
        "Publié le 6 mars 2026 à 18h05",
        "Nantes : le conseil métropolitain valide le tracé de la nouvelle ligne de tramway",
        [
            "Après plus de deux ans de concertation, le conseil de Nantes Métropole a adopté vendredi "
            "le tracé définitif de la future ligne 6 du tramway, qui reliera Rezé au nord de "
            "l'agglomération.",
            "La ligne, longue de 11 kilomètres, comptera 21 stations et devrait transporter "
            "60 000 voyageurs par jour à sa mise en service, prévue en 2031.",
            "Le coût est estimé à 520 millions d'euros, dont une partie financée par l'État dans le "
            "cadre de l'appel à projets sur les transports collectifs.",
            "L'opposition a voté contre, dénonçant un projet « surdimensionné » et réclamant plutôt "
            "des lignes de bus express vers les communes de la périphérie.",
            "Les travaux préparatoires, notamment le déplacement des réseaux d'eau et de gaz, "
            "commenceront à l'automne 2027.",
            "Les commerçants du boulevard de la Prairie-de-Mauves, où passera la future ligne, "
            "redoutent plusieurs années de chantier et réclament un fonds d'indemnisation dès le "
            "début des travaux.",
            "La maire de Nantes a promis une commission d'indemnisation à l'amiable, sur le modèle "
            "de celle mise en place lors de la construction de la ligne 4 du busway.",
            "Une enquête publique doit encore se tenir au premier semestre 2027.",
            "Le projet avait été au cœur de la campagne municipale de 2026, au cours de laquelle "
            "l'ensemble des listes de gauche s'étaient engagées à le mener à terme.",
        ],
        "Transports : la gratuité le week-end, un an après",
    ),
]


# ---------------------------------------------------------------------------
# 11. trap_shared_lines: a German regional newspaper site running dpa stories (de). TRAP: the
#     articles share short lines by coincidence: list items (party names, Länder), the same
#     government statement quoted verbatim in three stories, the standard dateline
#     "Berlin (dpa)" and the recurring subheading "Wie geht es weiter?". All article text (+).
# ---------------------------------------------------------------------------

_RS_HEAD = ["Rundschau24", "Newsticker"]
_RS_AD = "Anzeige"
_RS_SHARE = ["Artikel teilen"]
_RS_FOOT = ["Impressum | Datenschutz | AGB", "© Rundschau Mediengruppe 2026"]
_RS_STATEMENT = (
    "„Die Bundesregierung beobachtet die Lage sehr genau und steht in engem Austausch mit den "
    "betroffenen Ländern“, sagte ein Regierungssprecher in Berlin."
)
_RS_NEXT = "Wie geht es weiter?"
_RS_DATELINE = "Berlin (dpa)"
_RS_PARTIES = ["CDU", "AfD", "Die Linke", "SPD", "BSW", "Grüne", "FDP"]
_RS_OST = ["Brandenburg", "Mecklenburg-Vorpommern", "Sachsen", "Sachsen-Anhalt", "Thüringen"]


def _rs(name, date, title, body, more, ad_after=2, share=True):
    """body: list of blocks of article lines (each block a list of strings)."""
    blocks = [_n(_RS_HEAD), _k([title]), _n(["dpa", date])]
    if share:
        blocks.append(_n(_RS_SHARE))
    for i, block in enumerate(body):
        blocks.append(_k(block))
        if i == ad_after:
            blocks.append(_n([_RS_AD]))
    blocks.append(_n(["Mehr aus der Region"] + more))
    blocks.append(_n(_RS_FOOT))
    return page_from_blocks(name, blocks)


_TRAP_SHARED = [
    _rs(
        "trap_shared_lines_1",
        "02.03.2026, 16:40 Uhr",
        "Umfrage in Sachsen-Anhalt: AfD klar vorn, CDU holt leicht auf",
        [
            ["Magdeburg (dpa)"],
            ["Sechs Monate vor der Landtagswahl in Sachsen-Anhalt liegt die AfD in einer neuen "
             "Umfrage weiter deutlich vorn. Die Partei kommt auf 37 Prozent, die CDU erreicht "
             "28 Prozent."],
            ["Die Linke liegt bei 11 Prozent, die SPD bei 7 Prozent. Das BSW würde mit 5 Prozent "
             "knapp in den Landtag einziehen, Grüne und FDP müssten um den Wiedereinzug bangen."],
            ["Zur Wahl am 6. September haben sich bisher unter anderem diese Parteien angemeldet:"],
            _RS_PARTIES,
            ["Für eine Regierungsbildung ohne die AfD bräuchte die CDU nach den aktuellen Zahlen "
             "voraussichtlich mindestens zwei Partner. Eine Zusammenarbeit mit der AfD schließt die "
             "Landes-CDU aus."],
            ["Befragt wurden 1.012 Wahlberechtigte. Die Fehlertoleranz liegt bei bis zu drei "
             "Prozentpunkten."],
        ],
        ["Magdeburg: Streit um Intel-Gelände geht weiter", "Harz: Borkenkäfer-Schäden so groß wie nie"],
        ad_after=2,
    ),
    _rs(
        "trap_shared_lines_2",
        "05.03.2026, 11:15 Uhr",
        "Mecklenburg-Vorpommern: Parteien stellen Landeslisten für die Wahl auf",
        [
            ["Schwerin (dpa)"],
            ["In Mecklenburg-Vorpommern haben die Parteien mit der Aufstellung ihrer Landeslisten "
             "für die Landtagswahl am 20. September begonnen. Die SPD nominierte am Wochenende "
             "die amtierende Ministerpräsidentin erneut als Spitzenkandidatin."],
            ["Die Landeswahlleiterin rechnet mit mindestens zwölf Parteien auf dem Stimmzettel. "
             "Bislang haben unter anderem folgende Parteien ihre Teilnahme angezeigt:"],
            _RS_PARTIES,
            ["In Umfragen liegt die AfD derzeit vor der SPD. Die CDU, die Linke und das BSW folgen "
             "mit deutlichem Abstand."],
            ["Die Frist für die Einreichung der Wahlvorschläge endet am 16. Juli. Kleinere Parteien "
             "müssen zudem Unterstützungsunterschriften sammeln."],
        ],
        ["Rostock: Werft findet neuen Investor", "Rügen: LNG-Terminal läuft unter Kapazität"],
        ad_after=1,
        share=False,
    ),
    _rs(
        "trap_shared_lines_3",
        "09.03.2026, 14:05 Uhr",
        "Trockenheit: Bund sagt ostdeutschen Ländern Hilfe für Landwirte zu",
        [
            [_RS_DATELINE],
            ["Nach dem dritten zu trockenen Winter in Folge will der Bund Landwirte in Ostdeutschland "
             "mit einem Hilfsprogramm unterstützen. Das kündigte das Landwirtschaftsministerium am "
             "Montag an."],
            ["Besonders betroffen sind nach Angaben des Deutschen Wetterdienstes diese Länder:"],
            _RS_OST,
            ["Dort lagen die Niederschläge seit Oktober teils um mehr als 40 Prozent unter dem "
             "langjährigen Mittel. Die Böden sind in tieferen Schichten vielerorts ausgetrocknet."],
            [_RS_STATEMENT],
            [_RS_NEXT],
            ["Bund und Länder wollen bis Ende April die Details des Programms festlegen. Im Gespräch "
             "sind Liquiditätshilfen und eine befristete Aussetzung von Auflagen für Brachflächen."],
        ],
        ["Spreewald: Gurkenbauern fürchten um die Ernte", "Cottbus: Tagebausee füllt sich langsamer"],
        ad_after=4,
    ),
    _rs(
        "trap_shared_lines_4",
        "11.03.2026, 09:30 Uhr",
        "Afrikanische Schweinepest: Neue Fälle bei Wildschweinen nachgewiesen",
        [
            [_RS_DATELINE],
            ["Die Afrikanische Schweinepest breitet sich weiter aus. Das Friedrich-Loeffler-Institut "
             "bestätigte am Dienstag 14 neue Fälle bei Wildschweinen, unter anderem erstmals in "
             "einem Landkreis an der Grenze zu Polen."],
            ["Für Menschen ist die Tierseuche ungefährlich, für Haus- und Wildschweine verläuft sie "
             "jedoch fast immer tödlich. Schweinehalter fürchten erneut Exportverbote."],
            [_RS_STATEMENT],
            ["Sperrzonen gibt es derzeit in folgenden Ländern:"],
            ["Brandenburg", "Hessen", "Rheinland-Pfalz", "Sachsen"],
            [_RS_NEXT],
            ["Die betroffenen Landkreise sollen die Suche nach Kadavern mit Drohnen und Spürhunden "
             "verstärken. Zudem sind weitere Elektrozäune entlang der Grenze geplant."],
        ],
        ["Uckermark: Jäger fordern mehr Unterstützung", "Schweinepreise fallen erneut"],
        ad_after=1,
    ),
    _rs(
        "trap_shared_lines_5",
        "13.03.2026, 18:20 Uhr",
        "Netzentgelte: Ostländer fordern schnellere Entlastung bei den Strompreisen",
        [
            [_RS_DATELINE],
            ["Die ostdeutschen Länder dringen auf eine schnellere Senkung der Netzentgelte. "
             "Verbraucher im Osten zahlten wegen des Ausbaus der Windkraft weiterhin deutlich höhere "
             "Gebühren als im Westen, heißt es in einem gemeinsamen Papier der Energieminister."],
            ["Unterzeichnet haben das Papier die Länder:"],
            _RS_OST,
            ["Die Bundesnetzagentur hatte bereits im vergangenen Jahr eine Umverteilung der Kosten "
             "beschlossen. Nach Ansicht der Länder reicht diese aber nicht aus."],
            [_RS_STATEMENT],
            [_RS_NEXT],
            ["Das Thema soll bei der Ministerpräsidentenkonferenz im Juni beraten werden. Eine "
             "Einigung mit den westdeutschen Ländern gilt als schwierig."],
        ],
        ["Leuna: Chemiepark baut Stellen ab", "Lausitz: Strukturwandel-Millionen fließen langsam"],
        ad_after=4,
    ),
]


SITE_BATCHES: dict[str, tuple[str, list[NoisyCase]]] = {
    "en_wp_partisan_blog": ("en", _EN_WP),
    "en_content_farm": ("en", _EN_FARM),
    "en_national_news": ("en", _EN_NEWS),
    "fr_news_site": ("fr", _FR),
    "de_magazine": ("de", _DE),
    "it_news_site": ("it", _IT),
    "pl_news_portal": ("pl", _PL),
    "ru_exile_media": ("ru", _RU),
    "trap_columnist_signature": ("en", _TRAP_COLUMN),
    "trap_wire_republished": ("fr", _TRAP_WIRE),
    "trap_shared_lines": ("de", _TRAP_SHARED),
}
