"""Tokens, quote-mark stretches and quote-aware sentences of an article's paragraphs.

All positions are character offsets into ``article.text``. Sentences are split only outside
quote marks, so ``"A. B," he said.`` stays one sentence and its cue can reach the quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spinscope.attribution.lexicon import CLOSERS, LEXICONS, OPENERS, QUOTE_CHARS, QUOTE_PAIRS

# initials and dotted abbreviations first (U.S., J.), then words with inner hyphens/apostrophes
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[-'’]\w+)*|\S")
ABBREVIATIONS = frozenset("""
mr mrs ms dr sen rep gov gen col lt sgt capt adm prof st jr sr m mme mlle hr fr dott sig
no nr vol ca approx vs etc jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp
ds tzw np płk ks abp prok ul bzw ggf
""".split())
# every title the lexicons write with a full stop ("Rev.", "Sen.", "Gov.") is an abbreviation, not a sentence end
ABBREVIATIONS = ABBREVIATIONS | {t[:-1] for lex in LEXICONS.values() for t in lex.titles
                                 if t.endswith(".") and "." not in t[:-1]}
_SENTENCE_END = re.compile(r"[.!?…]+")
# one character class finds the quote marks of a paragraph, instead of testing every character
_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")
_QUOTE_MARK_NOT_APOSTROPHE = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS - {"’"}))) + "]")
_CLOSERS_OR_PAREN = CLOSERS | {")"}
_WORD_BEFORE = re.compile(r"(\w+)$")
# an acronym written with stops ("E.U.", "U.S.", "U.K.") right before a full stop, and the capitalised function words
# that open an English sentence after it (an initial before a name, "J.K. Rowling", stays inside the sentence)
_DOTTED_ACRONYM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
_OPENER_WORD = re.compile(r"(?:And|But|The|He|She|It|They|We|I|In|On|At|This|That|These|Those|His|Her|Their|Its|There|"
                          r"However|Yet|So|A|An|As|After|Before|While|When|If|Some|Many|Most)\b")


ARABIC_ARTICLES = frozenset("al el ad ash as at ar an az ал аль эль ад аш ас ат ар ан аз".split())


class Token:
    """A word or mark at ``[start, end)``; ``lower`` is its lower-cased text.

    A plain slotted class, not a frozen dataclass: an article makes thousands of tokens and the
    rules read ``lower`` several times per token, so it is computed once here and a frozen
    dataclass's ``__init__`` costs twice as much. Equality, hash and repr are the dataclass's;
    nothing assigns to a token's attributes.
    """

    __slots__ = ("start", "end", "text", "lower")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.start, self.end, self.text) == (other.start, other.end, other.text)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))

    def __repr__(self) -> str:
        return f"Token(start={self.start!r}, end={self.end!r}, text={self.text!r})"

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        t = self.text
        # "al-Jubeir", "аль-Джубейр", "el-Sisi": a surname behind its lowercase Arabic article is capitalised
        return t[0].isupper() or "-" in t[1:4] and t[:t.index("-")] in ARABIC_ARTICLES and t[t.index("-") + 1:][:1].isupper()


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]``; "Sen." and "J." keep their period."""
    tokens: list[Token] = []
    last_end = -1
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        if s < last_end:
            continue  # the period was already taken by the abbreviation before it
        word = m.group()
        if (e < end and text[e] == "." and word[0].isalpha()
                and (word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper()))):
            e += 1
            word = text[s:e]
        tokens.append(Token(s, e, word))
        last_end = e
    return tokens


@dataclass
class Stretch:
    """Text between a pair of quote marks; ``pieces`` are its content ranges, one per paragraph
    it runs through (a quote continued into the next paragraph reopens it there)."""

    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when the paragraph ended first
    pieces: list[tuple[int, int]] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    @property
    def outer_end(self) -> int:
        """End including the closing mark."""
        return self.close_mark + 1 if self.close_mark is not None else self.end


def _context(text: str, i: int, p_start: int, p_end: int) -> tuple[bool, bool]:
    """(could open, could close) for the mark at ``i`` judged by its neighbours."""
    before = text[i - 1] if i > p_start else " "
    after = text[i + 1] if i + 1 < p_end else " "
    # a mark followed by punctuation ('allarme ", hanno') opens nothing: it closes a spaced quote
    can_open = (before.isspace() or before in "([{—–-/:" or before in QUOTE_CHARS) and not after.isspace() \
        and after not in ",.;:!?)]}"
    can_close = (not before.isspace()) and (after.isspace() or not after.isalnum())
    return can_open, can_close


def _strip_range(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def find_stretches(text: str, paragraphs: list[tuple[int, int]]) -> list[Stretch]:
    """Pair quote marks paragraph by paragraph; only outermost pairs become stretches.

    A quote still open at the end of a paragraph continues if the next paragraph starts with an
    opening mark (the English multi-paragraph convention); otherwise it is closed at the
    paragraph end, which recovers quotes whose closing mark the site dropped.
    """
    stretches: list[Stretch] = []
    carried: Stretch | None = None
    current_open = '"'  # the opening mark of the carried quote
    for pi, (p_start, p_end) in enumerate(paragraphs):
        stack: list[tuple[int, str]] = []
        current = carried
        carried = None
        first = p_start
        while first < p_end and text[first].isspace():
            first += 1
        # ’ is an apostrophe unless a ‘ opened before it in the paragraph; an apostrophe or prime
        # eliding a year or a word ("CC ‘22", "the ’90s", "rock ‘n’ roll") is never a quote mark
        marks = [m.start() for m in _QUOTE_MARK.finditer(text, p_start, p_end)
                 if (m.group() != "’" or "‘" in text[p_start:m.start()]) and not _elision(text, m.start(), p_end)]
        if current is not None:
            if marks and marks[0] == first and text[first] in OPENERS:
                stack.append((first, text[first]))
                piece_start = first + 1
                marks = marks[1:]
            elif not marks:  # a middle line of a quote cut into lines: the whole paragraph
                current.pieces.append(_strip_range(text, p_start, p_end))
                carried = current
                continue
            elif text[marks[0]] in QUOTE_PAIRS[current_open]:
                stack.append((current.open_mark, current_open))  # the closing line
                piece_start = p_start
            else:
                stretches.append(current)
                current = None
        for i in marks:
            ch = text[i]
            can_open, can_close = _context(text, i, p_start, p_end)
            if ch == '"' and not can_open and not can_close:
                # ' " non vengono rivelate " ': a straight mark spaced on both sides (a tokenised
                # copy) closes an open straight mark, else opens one
                if stack and '"' in QUOTE_PAIRS[stack[-1][1]]:  # ('“ Non ... allarme ", hanno')
                    can_close = True
                else:
                    can_open = True
            elif ch == '"' and stack and stack[-1][1] == '"' and not can_close and i > p_start \
                    and text[i - 1].isspace() and (i + 1 >= p_end or not text[i + 1].isalnum()):
                can_close, can_open = True, False  # 'informatiche ".': spaced before the full stop
            # ’ is mostly an apostrophe: single quotes only pair as ‘…’
            if ch == "’" and not (stack and stack[-1][1] == "‘"):
                continue
            if ch == "‘" and not can_open:
                continue
            top = stack[-1][1] if stack else None
            closes_top = top is not None and ch in QUOTE_PAIRS[top]
            # « … » and „ … “ close unambiguously, whatever the spacing (French puts spaces inside)
            if closes_top and (can_close or top in "«„‹" or not (ch in OPENERS and can_open)):
                open_at, _ = stack.pop()
                if not stack:
                    if current is None:
                        current = Stretch(open_at, i)
                        current.pieces.append(_strip_range(text, open_at + 1, i))
                    else:
                        current.close_mark = i
                        current.pieces.append(_strip_range(text, piece_start, i))
                    if current.pieces[-1][0] < current.pieces[-1][1]:
                        stretches.append(current)
                    current = None
            elif ch in OPENERS and (can_open or ch in "„«“") and ch != "»" or (ch == "»" and can_open):
                stack.append((i, ch))
            elif ch == "”" and can_open and not stack:
                stack.append((i, "“"))  # sites that use ” for both marks: close it like “
        if stack:
            open_at = stack[0][0]
            start = piece_start if current is not None else open_at + 1
            piece = _strip_range(text, start, p_end)
            if current is None:
                current = Stretch(open_at, None)
            if piece[0] < piece[1]:
                current.pieces.append(piece)
            nxt = paragraphs[pi + 1][0] if pi + 1 < len(paragraphs) else None
            if nxt is not None and text[nxt] in OPENERS and current.pieces and stack[0][1] in REOPENED:
                carried = current
                current_open = stack[0][1]
            elif nxt is not None and current.pieces and _closes_later(text, paragraphs, pi + 1, stack[0][1]):
                carried = current  # a quote cut into lines without reopening marks
                current_open = stack[0][1]
            elif current.pieces and len(text[current.start:current.end].split()) >= 3:
                stretches.append(current)
        elif current is not None:
            stretches.append(current)
    if carried is not None and carried.pieces:
        stretches.append(carried)
    stretches.sort(key=lambda s: s.open_mark)
    return stretches


# Marks a quote running over paragraphs repeats at each paragraph's start (English “ and ", French «).
# A „ (Polish, German) or a reversed » left open at a paragraph's end closes there even when the next
# paragraph opens with a mark: that paragraph is a quote of its own, not the open one's continuation.
REOPENED = frozenset('"“‘«')
_ELIDED_YEAR = re.compile(r"\d\d(?:s\b|\b)(?!\d)")


def _elision(text: str, i: int, p_end: int) -> bool:
    """The mark at ``i`` is an apostrophe eliding a year's century ("‘22", "’90s", "'08") or standing
    alone between two spaces around one letter ("rock ‘n’ roll", "rock 'n' roll"), not a quote mark."""
    ch = text[i]
    if ch not in "‘’'":
        return False
    if _ELIDED_YEAR.match(text, i + 1, p_end):
        return True
    return (i + 2 < p_end and text[i + 1].isalpha() and text[i + 2] in "‘’'"
            and (i == 0 or not text[i - 1].isalnum()) and (i + 3 >= p_end or not text[i + 3].isalnum())) \
        or (i >= 2 and text[i - 1].isalpha() and text[i - 2] in "‘’'" and (i + 1 >= p_end or not text[i + 1].isalnum())
            and (i < 3 or not text[i - 3].isalnum()))


def _closes_later(text: str, paragraphs: list[tuple[int, int]], start: int, opener: str,
                  max_lines: int = 8) -> bool:
    """The following paragraphs carry no quote marks until one whose first mark closes
    ``opener``: a quote whose lines became paragraphs without reopening marks."""
    for p_start, p_end in paragraphs[start:start + max_lines]:
        found = _QUOTE_MARK_NOT_APOSTROPHE.search(text, p_start, p_end)
        if found is None:
            continue
        first = found.start()
        return text[first] in QUOTE_PAIRS[opener] and not (
            first + 1 < p_end and text[first + 1].isalnum() and (first == p_start or text[first - 1].isspace()))
    return False


def single_quoted_paragraphs(text: str, paragraphs: list[tuple[int, int]]) -> list[Stretch]:
    """Straight single quotes mostly are apostrophes; they quote only a whole paragraph or a
    headline's "Name: '...'"."""
    out = []
    for p_start, p_end in paragraphs:
        body = text[p_start:p_end].rstrip().rstrip(".")
        lead = 0 if body.startswith("'") else body.find(": '") + 2 if ": '" in body else -1
        if lead < 0 or not body.endswith("'") or len(body) - lead < 8:
            continue
        open_at = p_start + lead
        close_at = p_start + len(body) - 1
        if _QUOTE_MARK_NOT_APOSTROPHE.search(text, open_at + 1, close_at):
            continue
        out.append(Stretch(open_at, close_at, [_strip_range(text, open_at + 1, close_at)]))
    return out


def _attribution_tail(text: str, start: int, p_end: int) -> bool:
    """A short sentence after a quote ending in ? or !: up to seven words, no quote marks, a
    lowercase word among them, ending the paragraph or with a full stop ("Issa asked.")."""
    words = []
    for w in text[start:min(p_end, start + 120)].split():
        words.append(w)
        if w.endswith(".") and w[:-1].lower() not in ABBREVIATIONS and not (len(w) == 2 and w[0].isupper()):
            break
    else:
        return False
    tail = " ".join(words)
    return (len(words) <= 7 and not any(c in OPENERS or c in CLOSERS or c in "!?" for c in tail)
            and any(w[:1].islower() for w in words[1:]))


def split_sentences(text: str, p_start: int, p_end: int, stretches: list[Stretch]) -> list[tuple[int, int]]:
    """Sentences of one paragraph, never cut inside a quote."""
    inside = [(s.open_mark, s.outer_end) for s in stretches
              if s.open_mark < p_end and s.outer_end > p_start]
    sentences, start = [], p_start
    for m in _SENTENCE_END.finditer(text, p_start, p_end):
        e = m.end()
        while e < p_end and text[e] in _CLOSERS_OR_PAREN:
            e += 1
        if e >= p_end or not text[e].isspace():
            continue
        nxt = e
        while nxt < p_end and text[nxt].isspace():
            nxt += 1
        if nxt >= p_end:
            continue
        if not (text[nxt].isupper() or text[nxt].isdigit() or text[nxt] in OPENERS or text[nxt] in "—–-("):
            continue
        if any(a < e - 1 < b - 1 for a, b in inside):  # a full stop inside quote marks
            continue
        if text[e - 1] in CLOSERS and text[nxt] in "—–" and any(c in "?!…" for c in m.group()):
            continue  # «...?» — спросил он. / «...…» — написала X.: the dash sets off the quote's tag
        if m.group() in ("?", "!") and text[e - 1] in CLOSERS and _attribution_tail(text, nxt, p_end):
            continue  # "“How did Comey see it?” Rep. Darrell Issa wanted to know.": the tail reports the question
        # only the word right before the stop matters (an abbreviation or an initial, a few letters):
        # a window of 40 characters gives the same answer without rescanning the paragraph
        word = _WORD_BEFORE.search(text, max(p_start, m.start() - 40), m.start())
        if m.group() == "." and word and (word.group(1).lower() in ABBREVIATIONS
                                          or (len(word.group(1)) == 1 and word.group(1).isupper())) \
                and not (_DOTTED_ACRONYM.search(text, max(p_start, m.start() - 12), m.end())
                         and _OPENER_WORD.match(text, nxt)):
            continue  # (but "... within the E.U. And Ukraine's minister ...": a dotted acronym ends the sentence
            # when a word that opens sentences follows it)
        sentences.append((start, e))
        start = nxt
    if start < p_end:
        sentences.append(_strip_range(text, start, p_end))
    return [s for s in sentences if s[0] < s[1]]
