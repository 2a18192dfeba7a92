"""Site templates: lines a site prints on many articles of a batch are removed, the article's own
recurring text is not (spinscope.ingest.site_lines)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from spinscope.cli import cli
from spinscope.document import Metadata
from spinscope.ingest import build_article, document_from_text
from spinscope.ingest.site_lines import SiteLineCounter, line_key, site_of, with_site_lines
from spinscope.options import AnalysisOptions
from spinscope.pipeline import Pipeline

STORIES = [
    ("Council delays harbour vote",
     ["The council postponed its vote on the harbour plan on Tuesday after a long and angry meeting.",
      "Opponents said the plan would double traffic in the old town and ruin the seafront.",
      "The mayor said she would bring the plan back in April with changes to the access roads."]),
    ("Minister resigns over leaked emails",
     ["The health minister resigned on Friday after emails showed he had ignored warnings about staffing.",
      "Opposition leaders called the resignation overdue and demanded an inquiry into the ministry.",
      "The prime minister thanked him for his service and named a successor within hours."]),
    ("Farmers block motorway in fuel protest",
     ["Hundreds of farmers blocked the main motorway with tractors on Monday to protest against diesel taxes.",
      "Police said the blockade would be tolerated until the evening as long as it stayed peaceful.",
      "The farmers' union said further protests would follow if the government kept the tax."]),
    ("Court rejects appeal in election case",
     ["The constitutional court rejected an appeal against the result of last year's regional election.",
      "The judges found no evidence that irregularities at two polling stations had changed the outcome.",
      "The losing party said it accepted the ruling but would push for new rules on postal voting."]),
]
TEMPLATE = ["Take our poll - story continues below", "Should the government cut fuel taxes? * Yes No Not sure",
            "Completing this poll grants you access to our updates free of charge.",
            "Never miss a story: get our free morning briefing in your inbox."]


def _page(title: str, paragraphs: list[str], n: int, middle: list[str] = (), tail: list[str] = ()) -> str:
    lines = [title, "", paragraphs[0], "", *middle, "", paragraphs[1], "", paragraphs[2], "", *tail]
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


def _templated(n: int) -> str:
    title, paragraphs = STORIES[n]
    return _page(title, paragraphs, n, middle=TEMPLATE[:3], tail=TEMPLATE[3:])


def _articles(raws: list[str], sources: list[str | None] | None = None):
    docs = [document_from_text(raw, Metadata(id=f"a{i}", lang="en",
                                             source=sources[i] if sources else None))
            for i, raw in enumerate(raws)]
    return [build_article(doc) for doc in with_site_lines(docs)]


def _paragraphs(article) -> list[str]:
    return [article.text[p.start:p.end] for p in article.paragraphs]


def test_a_sites_template_goes_from_every_article_and_is_reported():
    articles = _articles([_templated(n) for n in range(4)])
    for n, article in enumerate(articles):
        paragraphs = _paragraphs(article)
        assert paragraphs == [STORIES[n][0], *STORIES[n][1]]
        template = [r for r in article.removed if r.reason.startswith("site template")]
        # the poll the rules do not know goes as the site's; the newsletter prompt they know
        assert "\n".join(r.text for r in template) == "\n".join(TEMPLATE[:3])
        assert all(r.reason == "site template (on 4 of 4 articles in this batch)" for r in template)
        assert any(TEMPLATE[3] in r.text and not r.reason.startswith("site template") for r in article.removed)
        for r in article.removed:
            assert article.raw[r.start:r.end] == r.text


def test_one_article_alone_has_no_batch_and_keeps_the_unknown_widget():
    article = build_article(document_from_text(_templated(0), Metadata(id="a", lang="en")))
    assert "Should the government cut fuel taxes? * Yes No Not sure" in article.text


def test_two_articles_are_not_evidence_enough():
    articles = _articles([_templated(0), _templated(1)])
    assert all("Take our poll - story continues below" in a.text for a in articles)


def test_copies_of_one_article_count_once():
    # a wire story republished three times, with its subheading: nothing of it is a template
    title, paragraphs = STORIES[0]
    raw = _page(title, paragraphs, 0, middle=["What happens next for the harbour plan"])
    articles = _articles([raw, raw.replace("Tuesday", "Tuesday evening"), raw])
    for article in articles:
        assert "What happens next for the harbour plan" in _paragraphs(article)
        assert not [r for r in article.removed if r.reason.startswith("site template")]


def test_the_articles_own_recurring_text_stays():
    stock = "As I have written many times before, the harbour belongs to the people who work on it."
    subheading = "Plus of the week"
    raws = []
    for n, (title, paragraphs) in enumerate(STORIES):
        raws.append("\n\n".join([title, paragraphs[0], subheading, paragraphs[1], paragraphs[2], stock]) + "\n")
    for article in _articles(raws):
        paragraphs = _paragraphs(article)
        assert stock in paragraphs  # a sentence that speaks to nobody: the columnist's own
        assert subheading in paragraphs  # between two of the article's paragraphs
        assert not article.removed


def test_a_short_line_in_a_list_is_not_taken_for_a_template():
    raws = []
    lists = [["Texas", "Oregon", "Utah"], ["Iowa", "Oregon", "Maine"], ["Ohio", "Oregon", "Idaho"],
             ["Nevada", "Kansas", "Vermont"]]
    for (title, paragraphs), states in zip(STORIES, lists):
        raws.append("\n\n".join([title, paragraphs[0], "\n".join(states), paragraphs[1], paragraphs[2]]) + "\n")
    articles = _articles(raws)
    for article, states in zip(articles, lists):
        assert _paragraphs(article)[2:5] == states  # the list, whole
        assert not article.removed


def test_a_weekly_columns_shared_title_stays():
    raws = ["\n\n".join(["Silver for Sunday", *paragraphs]) + "\n" for _, paragraphs in STORIES]
    for article in _articles(raws):
        assert _paragraphs(article)[0] == "Silver for Sunday"


def test_templates_are_counted_per_site():
    raws = [_templated(n) for n in range(4)]
    split = _articles(raws, ["one.example", "one.example", "two.example", "two.example"])
    assert all("Take our poll - story continues below" in a.text for a in split)
    same = _articles(raws, ["one.example"] * 4)
    assert all(r.reason.endswith("articles of one.example)") for r in same[0].removed
               if r.reason.startswith("site template"))


def test_site_of_prefers_source_then_host():
    assert site_of(Metadata(id="a", source="The Gazette", url="https://www.x.example/a")) == "the gazette"
    assert site_of(Metadata(id="a", url="https://www.x.example/a")) == "x.example"
    assert site_of(Metadata(id="a")) == ""


def test_line_key_ignores_case_spacing_and_numbers():
    assert line_key("  665 SHARES  Facebook ") == line_key("12 shares facebook")


def test_counter_counts_articles_not_occurrences():
    counter = SiteLineCounter()
    counter.add("Reply\nReply\nReply\nSome article text that is long enough to count here.\n")
    counter.add("Reply\nAnother article with its own sentence about something else entirely.\n")
    site = counter.freeze()[""]
    assert site.articles("Reply") == frozenset()  # on two articles: under the minimum


def test_windows_keep_order_errors_and_company(monkeypatch):
    from spinscope.ingest.errors import InputError

    docs = [document_from_text(_templated(n % 4), Metadata(id=f"a{n}", lang="en")) for n in range(7)]
    items = [*docs[:3], InputError("bad.txt", "input is empty"), *docs[3:]]
    out = list(with_site_lines(items, window=3))
    assert out == items  # same objects, same order, the error in its place
    # the last window holds two articles; the window before lends its articles as evidence
    assert all(doc.site_lines is not None and doc.site_lines.n_articles >= 3 for doc in docs)


def _write_batch(folder):
    for n in range(4):
        (folder / f"a{n}.txt").write_text(_templated(n), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")


def test_cli_removes_the_template_with_the_flag_and_not_by_default(tmp_path):
    _write_batch(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["analyze", str(tmp_path), "--format", "jsonl", "-q", "--site-template"])
    assert result.exit_code == 1  # the empty file failed, the rest was analysed
    assert "empty.txt" in result.output
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(reports) == 4
    for report in reports:
        assert "Take our poll" not in report["text"]
        assert any(r["reason"].startswith("site template") for r in report["removed"])
    # by default each article is cleaned on its own, as it would be alone
    result = runner.invoke(cli, ["analyze", str(tmp_path), "--format", "jsonl", "-q"])
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(reports) == 4
    assert all("Take our poll - story continues below" in r["text"] for r in reports)


def test_library_batch_uses_the_template_when_asked_and_a_single_call_never(tmp_path):
    _write_batch(tmp_path)
    pipeline = Pipeline(None, AnalysisOptions(site_template=True))
    results = [r for r in pipeline.analyze([str(tmp_path)]) if r.ok]
    assert len(results) == 4
    assert all("Take our poll" not in r.article.text for r in results)
    single = pipeline(_templated(0))
    assert "Take our poll - story continues below" in single.text
    default = [r for r in Pipeline(None).analyze([str(tmp_path)]) if r.ok]
    assert all("Take our poll - story continues below" in r.article.text for r in default)


@pytest.mark.parametrize("lang,expected", [("en", 300), ("ge", 30)])
def test_the_real_templates_of_the_training_corpus(semeval_root, lang, expected):
    """The SemEval corpus was scraped from real sites: its English articles still print a poll
    widget, its German ones a subscription appeal. Every line the site template takes there was
    read (scripts/site_template_report.py lists them); each is one of these."""
    from site_template_reviewed import REVIEWED, removed_template_lines  # tests/ is on the path

    lines = removed_template_lines(semeval_root / lang)
    assert len(lines) >= expected
    unreviewed = sorted({line for line in lines if not any(line.startswith(r) for r in REVIEWED)})
    assert not unreviewed, unreviewed
