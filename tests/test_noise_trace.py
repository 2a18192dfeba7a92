"""explain_noise: which pass of the cleaner decided each line (spinscope.ingest.noise_trace)."""

from __future__ import annotations

import pytest

from noisy_corpus import PLATFORMS, wrap
from spinscope.ingest.clean import find_noise
from spinscope.ingest.noise_trace import LineExplained, explain_noise

# A channel's web preview: the head's lines over and under the headline are taken by the page's head
# (page_blocks.mark_page), the comment count and the share button by the comment thread over the
# reasons the per-line rules gave them (tests/test_clean_pages.py, PAGES_4 "pl-telegram-headline-stays")
TELEGRAM = ("Kanał Borowa Info\n12 480 obserwujących\n\nBasen w Borowej zostanie otwarty w lutym\n👁 6,1K · 21:14\n\n"
            "Kryty basen w Borowej, zamknięty od wiosny z powodu awarii dachu, zostanie ponownie otwarty na początku "
            "lutego.\nRemont dachu i wymiana wentylacji kosztowały gminę ponad dwa miliony złotych.\n\n"
            "Komentarze (4)\nUdostępnij\n")

# A forum's thread: the body's last line, a label at the new edge, is kept again by mark_page
# (tests/test_clean_pages.py, CASES_2 ("de", "forum"))
FORUM = ("Bürgergeld: Koalition streitet über Sanktionen\n\nPolitik-Forum › Innenpolitik › Sozialpolitik\n"
         "Thema eröffnet von Redaktion · 12.03.2024\n\nDie Koalition ist über die geplanten Verschärfungen beim "
         "Bürgergeld zerstritten. Die FDP will Leistungen für Arbeitsverweigerer vollständig streichen, die SPD "
         "lehnt das ab.\n\nArbeitsminister Heil hatte zuletzt einen Kompromiss vorgeschlagen, nach dem Kürzungen "
         "auf zwei Monate begrenzt werden sollen. Die Grünen wollen zunächst die Zahlen der Jobcenter abwarten.\n\n"
         "Wie geht es weiter?\n\nDer Bundestag soll im April über den Entwurf beraten. Bis dahin will das "
         "Ministerium neue Zahlen vorlegen.\n\nWir werden sehen\n\n14 Antworten\nHans M. schrieb am 12.03.2024 "
         "um 14:05:\nDie Debatte geht an der Wirklichkeit in den Jobcentern vorbei.\nZitieren\nMelden\n"
         "kaffeetrinker schrieb am 12.03.2024 um 15:17:\nZwei Monate sind ein fauler Kompromiss, aber besser als "
         "nichts.\nZitieren\nMelden\nAntwort schreiben\nSeite 1 von 2\nWeiter »\n")

TITLE = "Ministers back new rail plan"
PARAGRAPHS = ["The government on Tuesday backed a new plan to extend the rail network to the north of the country, "
              "officials said.",
              "Critics said the plan was too expensive and would take a decade to build, and that the money would "
              "be better spent on buses.",
              "The transport minister is expected to present the details to parliament next month."]


def _line(explained: list[LineExplained], text: str) -> LineExplained:
    return next(e for e in explained if e.text == text)


def test_every_nonblank_line_once_with_its_raw_offsets():
    explained = explain_noise(TELEGRAM)
    assert [e.text for e in explained] == [t.strip() for t in TELEGRAM.split("\n") if t.strip()]
    assert all(TELEGRAM[e.start:e.end] == e.text for e in explained)


def test_a_per_line_rule_decides():
    raw = wrap(TITLE, PARAGRAPHS, "en", "wordpress", 3).raw
    share = _line(explain_noise(raw), "Share this:")
    assert (share.reason, share.decided_by, share.history) == ("share widget", "line_reason",
                                                              (("line_reason", "share widget"),))
    title = _line(explain_noise(raw), TITLE)
    assert (title.reason, title.decided_by, title.history) == (None, None, ())


def test_the_comment_thread_overwrites_the_line_rules():
    explained = explain_noise(TELEGRAM)
    count = _line(explained, "Komentarze (4)")
    assert count.reason == "comment thread" and count.decided_by == "comment_threads.thread_start"
    assert count.history == (("line_reason", "comment count"), ("comment_threads.thread_start", "comment thread"))
    share = _line(explained, "Udostępnij")
    assert [name for name, _ in share.history] == ["line_reason", "comment_threads.thread_start"]


def test_a_page_pass_keeps_a_line_a_context_pass_took():
    last = _line(explain_noise(FORUM), "Wir werden sehen")
    assert last.reason is None and last.decided_by == "mark_page/body sentences kept"
    assert last.history[-1] == ("mark_page/body sentences kept", None)
    assert last.history[0][1] is not None


def test_a_page_sub_pass_decides():
    explained = explain_noise(TELEGRAM)
    for text in ("Kanał Borowa Info", "12 480 obserwujących", "👁 6,1K · 21:14"):
        line = _line(explained, text)
        assert (line.reason, line.decided_by) == ("page head", "mark_page/_mark_head")
    assert _line(explained, "Basen w Borowej zostanie otwarty w lutym").reason is None


def _agrees(raw: str, **options) -> None:
    removed = find_noise(raw, **options)
    explained = explain_noise(raw, **options)
    for e in explained:  # every line with a reason lies in a removed range with that reason
        if e.reason is not None:
            assert any(r.start <= e.start and e.end <= r.end and r.reason == e.reason for r in removed), e
    for r in removed:  # every removed range covers lines with its reason (or is an "[ad_1]" cut from a kept line)
        inside = [e for e in explained if r.start <= e.start and e.end <= r.end]
        if not inside:
            assert r.reason == "ad marker" and any(e.start <= r.start and r.end <= e.end and e.reason is None
                                                  for e in explained), r
            continue
        assert inside[0].start == r.start and inside[-1].end == r.end
        assert all(e.reason == r.reason for e in inside), r


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("lang", ["en", "de"])
def test_final_reasons_agree_with_find_noise(platform, lang):
    for seed in range(4):
        _agrees(wrap(TITLE, PARAGRAPHS, lang, platform, seed).raw)


@pytest.mark.parametrize("raw", [TELEGRAM, FORUM], ids=["telegram", "forum"])
def test_final_reasons_agree_with_find_noise_on_pages(raw):
    _agrees(raw)
    _agrees(raw, edge_model=None)


def test_no_trace_left_on():
    explain_noise(FORUM)
    from spinscope.ingest import noise_trace
    assert noise_trace._TRACE.get() is None


def test_the_site_template_pass_decides_last():
    from spinscope.ingest.site_lines import SiteLineCounter

    def article(topic: str) -> str:
        return (f"Council argues over the {topic}\n\nThe council argued on Tuesday about the {topic}, which residents "
                f"say has been neglected for years.\n\nThe mayor said the {topic} would get new money next spring if "
                "the budget passes in its present form.\n\nSend your tips to the newsroom of the Borowa Courier today\n")

    counter = SiteLineCounter()
    for topic in ("library", "bridge", "school", "harbour", "market", "stadium"):
        counter.add(article(topic), "courier")
    site = counter.freeze()["courier"]
    explained = explain_noise(article("library"), site_lines=site)
    tips = _line(explained, "Send your tips to the newsroom of the Borowa Courier today")
    assert tips.decided_by == "site_lines.mark_template_lines" and tips.reason.startswith("site template")
    assert [e.reason for e in explained[:3]] == [None, None, None]
    _agrees(article("library"), site_lines=site)
