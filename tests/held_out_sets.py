"""The shared tail of the blind held-out sets of the cleaner (tests/test_clean_held_out_NN.py).

A set file holds data only: its noise lines, keep lines and pages, and three tables of strict
xfails with the reason each case fails (a reason describes what the page keeps or loses, so a
round that fixes it turns the xfail into an XPASS, which fails until the entry is removed).
The three tests are the same in every set, so they are built here and bound in the set file
under the set's own names, which keeps every test id of the earlier files::

    test_held_out_98_line, test_held_out_98_line_is_kept, test_held_out_98_page = held_out_tests(
        HELD_OUT_98_LINES, HELD_OUT_98_KEEP, HELD_OUT_98_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)

pytest collects a module's functions by the names they are bound to, so the three names above
are what ``-k`` and the node ids see.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import pytest
from noisy_corpus import NoisyCase, page_from_blocks
from test_clean import _held_out, _insert, _problems


def page(lang: str, name: str, blocks: list[list[str]]) -> tuple[str, NoisyCase]:
    """A page of a set: its language and the case built from ``+``/``-`` marked blocks."""
    return lang, page_from_blocks(name, blocks)


def _marks(reason: str | None) -> list:
    return [_held_out(reason)] if reason else []


def held_out_tests(
    lines: Sequence[tuple[str, str, str]],
    keep: Sequence[tuple[str, str]],
    pages: Mapping[str, tuple[str, NoisyCase]],
    line_xfail: Mapping[str, str],
    keep_xfail: Mapping[str, str],
    page_xfail: Mapping[str, str],
) -> tuple[Callable, Callable, Callable]:
    """The set's three tests: each noise line is removed, each keep line kept, each page clean.

    Lines go into the English fixture at their place (head, body or tail); a page is cleaned as
    written, in its own language. A case named in an xfail table is a strict xfail with its reason.
    """
    @pytest.mark.parametrize("where, line, category", [
        pytest.param(w, l, c, id=l[:40], marks=_marks(line_xfail.get(l))) for w, l, c in lines])
    def test_line(where: str, line: str, category: str) -> None:
        assert _problems(_insert(where, [line]), "en") == []

    @pytest.mark.parametrize("where, line", [
        pytest.param(w, l, id=l[:40], marks=_marks(keep_xfail.get(l))) for w, l in keep])
    def test_line_is_kept(where: str, line: str) -> None:
        assert _problems(_insert(where, [line], keep=True), "en") == []

    @pytest.mark.parametrize("name", [
        pytest.param(n, id=n, marks=_marks(page_xfail.get(n))) for n in pages])
    def test_page(name: str) -> None:
        lang, case = pages[name]
        assert _problems(case, lang) == []

    return test_line, test_line_is_kept, test_page
