"""What the site template takes from the SemEval training corpus, and the lines read as noise.

Each language folder of the corpus is read as one batch (its files name no site), the way
``spinscope analyze <folder>`` reads it; every line the site template removes there was read in
its article (session 9). All are scraper noise: a poll widget and its form, subscription and
donation appeals, reprint credits, book plugs, a related-article headline under a title, an
image caption. A new removal makes the corpus test fail until it is read and added here.
"""

from __future__ import annotations

import collections
from pathlib import Path

from spinscope.ingest.clean import find_noise
from spinscope.ingest.site_lines import SiteLineCounter

REVIEWED = (
    # en: Freedom Outpost's poll widget (87 articles) and its form
    "take our poll - story continues below",
    "Who should replace Nikki Haley as our ambassador to the U.N.?",
    "Whom do you consider to be the most corrupt Democrat Politician?",
    "Will Brett Kavanaugh be confirmed to the Supreme Court?",
    "Should Jim Acosta have gotten his press pass back?",
    "Should military force be used to stop the caravan",
    "Email This field is for validation purposes",
    "Comments This field is for validation purposes",
    "Phone This field is for validation purposes",
    "Name This field is for validation purposes",
    "Completing this poll grants you access to Freedom Outpost updates",
    "Personal Liberty Poll Exercise your right to vote.",
    # en: reprint credits, plugs and a caption
    "Los Angeles Times",
    "This report was originally published by Tyler Durden at Zero Hedge",
    "Pamela Geller's commitment to freedom from jihad and Shariah shines forth in her books",
    "Article posted with permission from",
    "Reprinted with permission from",
    "The Best of ",
    "Time to buy old US gold coins",
    "Patrick J. Buchanan needs no introduction to VDARE.COM readers",
    "are available from Amazon.com. Patrick J. Buchanan is the author of",
    "His latest book, published",
    "and",
    "Kritarch Patti Saris",
    # de: junge Welt's and nd's appeals
    "Drei Wochen kostenlos lesen",
    "Die Tageszeitung junge Welt stört die Herrschenden",
    "Überprüfen Sie es jetzt und testen die junge Welt",
    "nd Journalismus von links lebt vom Engagement",
    "Wir haben uns angesichts der Erfahrungen der Corona-Pandemie entschieden",
    "Wie bei unseren Print- und epaper-Ausgaben",
    "Jetzt mit wenigen Klicks freiwillig unterstützen!",
    # it: a related article's headline under the title
    "Riad principale destinatario di fondi per la Via della Seta cinese",
)


def corpus_files(folder: Path) -> dict[str, Path]:
    """The language folder's articles, each once (the subtask folders repeat them)."""
    files: dict[str, Path] = {}
    for path in sorted(folder.glob("*articles*/*.txt")):
        if not path.name.startswith("._"):  # macOS resource forks that came with the bundle
            files.setdefault(path.name, path)
    return files


def removed_template_lines(folder: Path) -> list[str]:
    """Every line the site template removes from the folder's articles read as one batch (one
    entry per article it is removed from)."""
    raws = [path.read_text(encoding="utf-8", errors="replace") for path in corpus_files(folder).values()]
    counter = SiteLineCounter()
    for raw in raws:
        counter.add(raw)
    site = counter.freeze()[""]
    lines: list[str] = []
    for raw in raws:
        if not any(site.articles(line) for line in raw.split("\n") if line.strip()):
            continue
        for removed in find_noise(raw, site_lines=site):
            if removed.reason.startswith("site template"):
                lines.extend(line.strip() for line in removed.text.split("\n") if line.strip())
    return lines


def summary(folder: Path) -> collections.Counter:
    return collections.Counter(removed_template_lines(folder))
