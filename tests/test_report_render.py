"""HTML and Markdown renderers: escaping, overlapping spans, errors, reports without a model."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from markupsafe import escape

from spinscope.document import Metadata, Span
from spinscope.ingest import build_article, document_from_text
from spinscope.report.build import article_to_dict
from spinscope.report.html import render_html
from spinscope.report.markdown import render_markdown

XSS = "<script>alert(1)</script>"

BODY = """Once again the so-called experts in Brussels have decided that families must pay.

Advertisement

Stand up for our country! The time to act is now."""


def _report(text: str = BODY, *, title: str = "Brussels sells out", source: str | None = "Daily Post",
            url: str | None = None, spans=(), genre: dict | None = None) -> dict:
    """A report dict built the way the pipeline builds it, with ``spans`` given as
    ``(needle, label, score, attrs)`` and found by text search."""
    article = build_article(document_from_text(
        text, Metadata(id="t1", input="t1.txt", title=title, source=source, url=url)))
    found = []
    for needle, label, score, attrs in spans:
        start = article.text.index(needle)
        found.append(Span(start, start + len(needle), label, score, attrs))
    article.add_spans("techniques", found)
    for i in range(len(article.paragraphs)):
        article.paragraph_cats[i]["techniques_predicted"] = {
            s.label: s.score for s in found
            if s.score is not None and article.paragraph_of(s.start) == i}
    if genre:
        article.cats["genre"] = genre
    return article_to_dict(article)


SPANS = [
    ("so-called experts", "Name_Calling-Labeling", 0.93, {"cue": "so-called"}),
    ("experts in Brussels", "Doubt", 0.61, {"explanation": "questions their competence"}),
    ("Stand up for our country!", "Slogans", 0.79, {}),
]


class _SpanText(HTMLParser):
    """Collects each text chunk inside <p class="ptext"> with the labels of the spans around it."""

    def __init__(self):
        super().__init__()
        self.stack: list[str | None] = []  # label of each open <span>, None for other spans
        self.in_para = 0
        self.chunks: list[tuple[str, frozenset[str]]] = []
        self.paragraphs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "p" and "ptext" in (attrs.get("class") or ""):
            self.in_para = 1
            self.paragraphs.append("")
        elif tag == "span" and self.in_para:
            self.stack.append(attrs.get("data-l"))

    def handle_endtag(self, tag):
        if tag == "p" and self.in_para:
            self.in_para = 0
        elif tag == "span" and self.in_para:
            self.stack.pop()

    def handle_data(self, data):
        if self.in_para:
            self.chunks.append((data, frozenset(label for label in self.stack if label)))
            self.paragraphs[-1] += data


def _parse(html: str) -> _SpanText:
    parser = _SpanText()
    parser.feed(html)
    return parser


def test_html_escapes_text_title_source_spans_and_errors():
    text = f"Markets fell. {XSS} The minister resigned."
    report = _report(text, title=f"Title {XSS}", source=f"Source {XSS}", url="javascript:alert(1)",
                     spans=[(XSS, "Loaded_Language", 0.5, {"cue": XSS})])
    html = render_html([report], errors=[{"input": f"page{XSS}.html", "error": f"bad {XSS}"}],
                       title=f"Report {XSS}")
    assert XSS not in html
    assert "<script>alert" not in html
    assert str(escape(XSS)) in html
    assert html.count("<script") == 1  # only the page's own script
    assert 'href="javascript:' not in html


def test_html_is_self_contained():
    html = render_html([_report(spans=SPANS)])
    assert not re.search(r"<(link|script|img|iframe)\b[^>]*\b(src|href)=", html)
    assert "@import" not in html and "url(" not in html


def test_html_inlines_the_shared_stylesheet_and_script():
    # the web app serves these same files from /static: one stylesheet and one script for both
    from spinscope.report.html import MAX_TRACKS, asset

    html = render_html([_report(spans=SPANS)])
    css, js = asset("spinscope.css").decode(), asset("spinscope.js").decode()
    assert f"<style>\n{css}" in html and f"<script>\n{js}" in html
    for track in range(MAX_TRACKS):
        assert f".sp.t{track} " in css


def test_overlapping_spans_are_both_shown():
    report = _report(spans=SPANS)
    parsed = _parse(render_html([report]))
    labels_of = {}
    for data, labels in parsed.chunks:
        labels_of.setdefault(data, set()).update(labels)
    assert labels_of["so-called "] == {"Name_Calling-Labeling"}
    assert labels_of["experts"] == {"Name_Calling-Labeling", "Doubt"}
    assert labels_of[" in Brussels"] == {"Doubt"}
    assert labels_of["Stand up for our country!"] == {"Slogans"}


def test_segments_rebuild_each_paragraph_exactly():
    report = _report(spans=SPANS)
    parsed = _parse(render_html([report]))
    expected = [report["text"][p["start"]:p["end"]] for p in report["paragraphs"]]
    assert parsed.paragraphs == expected


def test_every_span_text_label_and_definition_appear():
    report = _report(spans=SPANS)
    html = render_html([report])
    for span in report["spans"]:
        assert f"“{escape(span['text'])}”" in html
        assert f'data-l="{span["label"]}"' in html
    assert "Name calling or labelling" in html
    assert "Labels the target with a loaded word" in html  # tooltip definition
    assert "questions their competence" in html and "cue: so-called" in html


def test_paragraph_labels_removed_blocks_and_genre():
    report = _report(spans=SPANS, genre={"opinion": 0.8, "reporting": 0.15, "satire": 0.05})
    html = render_html([report])
    assert 'class="chip g4"' in html  # Slogans (group "Call") labels its paragraph
    assert "advertisement" in html and "Advertisement" in html  # reason and removed text
    assert "1 block removed" in html
    assert "opinion" in html and "0.80" in html


def test_errors_are_listed_with_reasons():
    errors = [{"input": "a.pdf", "error": "unsupported file type .pdf"},
              {"input": "b.txt", "error": "file is empty"}]
    html = render_html([_report()], errors=errors)
    assert "2 inputs could not be analysed" in html
    for e in errors:
        assert e["input"] in html and e["error"] in html
    assert "could not be analysed" not in render_html([_report()])


def test_report_without_spans_or_model_renders():
    report = _report()
    assert report["spans"] == [] and report["genre"]["label"] is None
    html = render_html([report])
    assert 'class="sp ' not in html
    assert "not predicted" in html and "no technique spans found" in html
    assert "Once again the so-called experts" in html


def test_no_reports_and_hand_made_report_render():
    assert "0 articles" in render_html([], errors=[{"input": "x", "error": "gone"}])
    # no paragraphs, an unknown label, a span reaching past the text: still a page
    report = {"title": "Hand made", "text": "abc def", "spans": [
        {"start": 0, "end": 3, "label": "Made_Up", "score": None, "text": "abc"},
        {"start": 4, "end": 99, "label": "Slogans", "score": 0.5, "text": "def"}]}
    html = render_html([report])
    assert "Made_Up" in html and "Other" in html
    assert _parse(html).paragraphs == ["abc def"]


def test_summary_table_only_for_several_articles():
    one = render_html([_report()])
    two = render_html([_report(spans=SPANS), _report(title="Second one")])
    assert 'id="summary"' not in one
    assert 'id="summary"' in two and 'href="#article-1"' in two and 'id="article-1"' in two


@pytest.fixture
def markdown() -> str:
    report = _report(spans=SPANS + [("families must pay", "Loaded_Language", None, {})],
                     title="Pipes | and <b>tags</b>",
                     genre={"opinion": 0.8, "reporting": 0.2})
    return render_markdown([report], errors=[{"input": "a.pdf", "error": "unsupported"}])


def test_markdown_table_has_a_row_per_span(markdown):
    rows = [line for line in markdown.splitlines() if re.match(r"\| \d+ \|", line)]
    assert rows == [
        "| 1 | Name calling or labelling | 0.93 | “so-called experts” | 1 |",
        "| 2 | Casting doubt | 0.61 | “experts in Brussels” | 1 |",
        "| 3 | Loaded language | – | “families must pay” | 1 |",
        "| 4 | Slogans | 0.79 | “Stand up for our country!” | 2 |",
    ]


def test_markdown_summary_and_escaping(markdown):
    assert "## 1. Pipes \\| and \\<b\\>tags\\</b\\>" in markdown
    assert "- **Genre:** opinion (0.80)" in markdown
    assert "- **Removed blocks:** 1" in markdown
    assert "| a.pdf | unsupported |" in markdown
    assert "<b>" not in markdown
    no_model = render_markdown([_report()])
    assert "- **Genre:** not predicted" in no_model and "| # |" not in no_model


def _quoted_report() -> dict:
    """A report whose last paragraph is a quote of speaker S1 (ids as the attribution component gives them)."""
    report = _report(spans=SPANS)
    last = report["paragraphs"][-1]
    last.update(voice="quoted", speaker="S1")
    report["speakers"] = [{"id": "S1", "name": "Maria Lopez", "title": "mayor", "kind": "person",
                           "mentions": [{"start": 0, "end": 4}]}]
    report["quotes"] = [{"start": last["start"], "end": last["end"], "kind": "direct", "speaker": "S1",
                         "text": report["text"][last["start"]:last["end"]], "cue": None}]
    return report


def test_paragraph_marks_and_sidebar_name_the_speaker_not_its_id():
    from spinscope.server.views import article_page_view

    report = _quoted_report()
    html = render_html([report])
    assert re.search(r'class="who">quoted · Maria Lopez<', html)
    assert "S1" not in re.sub(r"<style>.*?</style>|<script>.*?</script>", "", html, flags=re.S)
    sidebar = article_page_view(report)["speakers"]
    assert sidebar == [{"speaker": "Maria Lopez", "voice": "quoted", "count": 1}]
