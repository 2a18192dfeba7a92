"""A learned classifier for the lines at an article's edges: the article's own, or scraper noise.

The rules of :mod:`spinscope.ingest.clean` catch the shapes they were written for; every new set
of real boilerplate brings new ones. This logistic regression scores a line from its character
n-grams and its shape (length, closing punctuation, capitals, digits, symbols, links, handles,
arrows and dashes between labels, the share of function words of the six languages, the longest
run of capitalised words, a finite verb after the first word) and where it stands (under the
title, after the last sentence, or inside). It was trained by ``scripts/train_edge_lines.py`` on
the lines of the SemEval articles (the article's) and the development noise and keep lines of
``tests/test_clean.py``, of held-out sets 10-14 (``tests/test_clean_held_out_1*.py``, once read)
and of ``tests/noisy_corpus.py`` (synthetic noise lines of ``scripts/edge_noise_synth.py`` were
tried and are not used: see the script's docstring).

The weights live in ``edge_lines.json`` beside this module (plain numbers, no pickle), loaded
once, on first use. Scoring is a sum of weights over a few hundred features: microseconds a line.

A second opinion (``edge_lines_second.json``, :func:`second_model`) has the same features, trained
by ``scripts/train_edge_lines.py --second`` on held-out sets 1-104 read since, their pages' edge
lines and the lines the keep tests of ``tests/test_clean.py`` keep. It walks the article's tail once
more after every other pass of the cleaner and only adds (see the training script's session 28
paragraph for why it stands beside the first model rather than in its place, and its session 29
paragraph for the retraining on sets 1-92 and why its threshold stays 0.98, and its session 31
paragraph for the retraining on sets 1-104).
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

WEIGHTS = Path(__file__).with_name("edge_lines.json")
# a second opinion: the same features, trained on the development sets read since (see second_model)
SECOND_WEIGHTS = Path(__file__).with_name("edge_lines_second.json")
POSITIONS = ("head", "tail", "inside")
NGRAM_SIZES = (2, 3, 4)

_DIGIT = re.compile(r"\d")
_URL = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|info|ru|de|fr|it|pl|uk|io)\b", re.I)
_HANDLE = re.compile(r"(?<![\w.])@\w{2,}")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# Function words of the six languages (articles, prepositions, pronouns, conjunctions, auxiliaries):
# prose is dense with them, widgets are not, whatever their wording.
STOPWORDS = frozenset("""
a an the of to in on at for from with by about as into over after than that this these those it its
he she they we you i his her their our your and or but not no if so is are was were be been has have
had do does did will would can could should may might must who which what when where there here
le la les un une des du de d l au aux et ou mais ne pas que qui quoi dont il elle ils elles nous vous
je se sa son ses leur leurs ce cet cette ces est sont était été a ont avait sera dans sur par pour
avec sans en y plus
der die das den dem des ein eine einen einem einer und oder aber nicht kein keine dass wer was wie
er sie es wir ihr ich sich sein seine ihre ist sind war waren hat haben hatte wird werden wurde auf
in im an am zu zum zur mit von vom bei für aus nach über auch noch nur
il lo la i gli le un uno una di da del della dei delle nel nella al alla e ed o ma non che chi cui
lui lei loro noi voi si suo sua è sono era erano ha hanno aveva sarà per con su tra fra come anche
i w we z ze na do od o po za przez dla oraz lub ale nie że to jest są był była było byli się jego jej
ich ten ta te tego tej który która które jak także już
и в во не на с со что как а но или к ко по из за от для о об у же ли бы он она они мы вы я его её их
это этот эта эти был была было были есть будет также уже который которая которые при
""".split())
_ARROW = re.compile(r"[→←»«›‹▶►▸▲▼↑↓➜➔⇒]")
_DASH_SEPARATOR = re.compile(r"\s[-–—]\s")
_SYMBOL_CHAR = re.compile(r"[\u2190-\u2bff\U0001F000-\U0001FAFF]")
_FINITE = frozenset("""
is are was were has have had did does will would can could should shall must said says
est sont était étaient sera ont avait peut doit ist sind war waren hat haben hatte wird werden
wurde kann muss soll è sono era erano sarà ha hanno aveva può deve jest są był była było byli
będzie ma mają może został została является был была было были будет может стал стала
""".split())


def _bin(value: float, edges: tuple[float, ...]) -> int:
    """Index of the first edge ``value`` does not exceed (len(edges) above them all)."""
    for i, edge in enumerate(edges):
        if value <= edge:
            return i
    return len(edges)


def features(text: str, position: str) -> dict[str, float]:
    """Binary features of a line (see the module docstring); ``position`` is one of POSITIONS."""
    text = text.strip()
    low = _DIGIT.sub("0", text.lower())
    padded = f" {' '.join(low.split())} "
    feats: dict[str, float] = {}
    for n in NGRAM_SIZES:
        for i in range(len(padded) - n + 1):
            feats["c:" + padded[i:i + n]] = 1.0
    words = _WORD.findall(low)
    if words:
        feats["w0:" + words[0]] = 1.0
        feats["wl:" + words[-1]] = 1.0
    n_words = len(words)
    letters = [c for c in text if c.isalpha()]
    caps = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
    digits = sum(c.isdigit() for c in text) / max(len(text), 1)
    symbols = sum(not (c.isalnum() or c.isspace()) for c in text) / max(len(text), 1)
    cased = _WORD.findall(text)
    titled = (sum(w[:1].isupper() for w in cased) / n_words) if n_words else 0.0
    last = text[-1:] or " "
    end = ("." if last == "." else "!" if last == "!" else "?" if last == "?" else ":" if last in ":："
           else "q" if last in "\"'”“»«’" else ")" if last in ")]" else "a" if last.isalnum() else "o")
    shape = {
        "words": _bin(n_words, (1, 2, 3, 5, 8, 12, 20, 35)),
        "chars": _bin(len(text), (10, 20, 40, 70, 120, 200)),
        "end": end,
        "caps": _bin(caps, (0.05, 0.15, 0.3, 0.6, 0.9)),
        "digits": _bin(digits, (0.0, 0.05, 0.15)),
        "symbols": _bin(symbols, (0.02, 0.05, 0.1, 0.2)),
        "titled": _bin(titled, (0.2, 0.5, 0.8)),
        "sentences": _bin(len(re.findall(r"[.!?](?:\s|$)", text)), (0, 1, 2)),
    }
    # how much of the line is function words (prose) and how much Title Case runs (labels, names)
    stop = sum(w in STOPWORDS for w in words) / n_words if n_words else 0.0
    shape["stop"] = _bin(stop, (0.0, 0.1, 0.2, 0.35))
    run = longest = 0
    for word in cased:
        run = run + 1 if word[:1].isupper() or word[:1].isdigit() else 0
        longest = max(longest, run)
    shape["titlerun"] = _bin(longest, (1, 2, 4))
    for name, value in shape.items():
        feats[f"s:{name}={value}"] = 1.0
    feats[f"x:{position}:stop={shape['stop']}"] = 1.0
    if n_words >= 3 and any(w in _FINITE for w in words[1:]):
        feats["u:finite"] = 1.0
    for name, present in (("url", _URL.search(text)), ("handle", _HANDLE.search(text)),
                          ("email", _EMAIL.search(text)), ("hash", "#" in text), ("copy", "©" in text),
                          ("pipe", "|" in text), ("dot", "·" in text or "•" in text),
                          ("colon", ":" in text[:-1]), ("quote", re.search(r"[\"“”„«»]", text)),
                          ("open", text[:1] in "(["), ("arrow", _ARROW.search(text)),
                          ("dashsep", _DASH_SEPARATOR.search(text)), ("symbolchar", _SYMBOL_CHAR.search(text))):
        if present:
            feats["u:" + name] = 1.0
    # (whether the line beyond is noise is no feature: the boilerplate of the development data
    # sits in runs, so the model learnt it as a cue, and removed real last lines over widgets)
    feats["p:" + position] = 1.0
    # where a line stands changes what its length and last character mean
    feats[f"x:{position}:end={end}"] = 1.0
    feats[f"x:{position}:words={shape['words']}"] = 1.0
    return feats


@dataclass
class EdgeLineModel:
    """Logistic-regression weights over :func:`features`; ``threshold`` is the probability at
    which a line at an edge is removed (chosen for precision: see the training script)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    meta: dict = field(default_factory=dict)

    def probability(self, text: str, position: str) -> float:
        score = self.bias + sum(self.weights.get(f, 0.0) * v for f, v in features(text, position).items())
        return 1.0 / (1.0 + math.exp(-max(min(score, 40.0), -40.0)))

    def to_json(self) -> str:
        return json.dumps({"bias": self.bias, "threshold": self.threshold, "meta": self.meta,
                           "weights": {k: round(v, 4) for k, v in sorted(self.weights.items())}},
                          ensure_ascii=False, separators=(",", ":"), sort_keys=False)

    @classmethod
    def from_json(cls, text: str) -> EdgeLineModel:
        data = json.loads(text)
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                   float(data["threshold"]), dict(data.get("meta", {})))

    def save(self, path: Path) -> None:
        Path(path).write_text(self.to_json() + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> EdgeLineModel:
        return cls.from_json(Path(path).read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def default_model() -> EdgeLineModel | None:
    """The shipped model, loaded on first use; None when the weights file is missing."""
    return EdgeLineModel.load(WEIGHTS) if WEIGHTS.exists() else None


@functools.lru_cache(maxsize=1)
def second_model() -> EdgeLineModel | None:
    """The second opinion, loaded on first use; None when its weights file is missing.

    Retrained on more development sets, the classifier caught more of the newest sets' single
    lines but fewer of their pages' edge lines at the threshold the precision rule picks (see the
    training script's session 19 and 28 paragraphs), so it does not replace the shipped model: it
    walks the edges once more after every rule and the shipped model have run, and only adds."""
    return EdgeLineModel.load(SECOND_WEIGHTS) if SECOND_WEIGHTS.exists() else None
