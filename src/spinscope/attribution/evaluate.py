"""Score attribution against the hand-built gold set (``tests/gold/attribution/*.json``).

A gold file names one SemEval training article (``folder``, ``id``) and annotates it with
snippets, never a copy of the article, so the corpus stays out of the repository::

    {"id": "111111115", "folder": "en", "split": "dev",
     "speakers": {"tweeden": ["Leeann Tweeden", "Tweeden"]},
     "quotes": [{"kind": "indirect", "speaker": "tweeden",
                 "text": "Franken groped", "to": "was a senator", "occurrence": 0}]}

A quote's span starts at the ``occurrence``-th match of ``text`` (whitespace-tolerant) and ends
at the end of ``text``, or of the first ``to`` after it. ``speaker`` null means the source is not
named. Speakers list the names a correct prediction may carry (the full name first).

Matching: a predicted quote matches a gold quote when their character ranges overlap with
intersection-over-union >= 0.5; each side matches at most once. Precision, recall and F1 are
given per kind (a kind counts only matches of the same kind) and for all quotes regardless of
kind. Speaker accuracy is measured over gold quotes found by a prediction of any kind: the
prediction's speaker name must be one of the gold speaker's names (or both are unnamed), compared in lower
case, punctuation as spaces and, since session 16, without a leading article ("The EU Council president" =
"EU Council president"); the strict figure, with the article part of the name, is printed beside it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spinscope.attribution.component import AttributionPrediction, predict
from spinscope.document import Article

KINDS = ("direct", "indirect", "mixed")
MIN_IOU = 0.5


class GoldError(ValueError):
    """A gold file that does not resolve against its article."""


@dataclass
class GoldQuote:
    start: int
    end: int
    kind: str
    speaker: str | None


@dataclass
class GoldArticleQuotes:
    path: Path
    folder: str
    id: str
    split: str
    speakers: dict[str, list[str]]
    quotes: list[GoldQuote] = field(default_factory=list)


def _pattern(snippet: str) -> re.Pattern:
    parts = [re.escape(p) for p in snippet.split()]
    return re.compile(r"\s+".join(parts))


def resolve_snippet(text: str, snippet: str, occurrence: int = 0, start_at: int = 0) -> tuple[int, int]:
    matches = list(_pattern(snippet).finditer(text, start_at))
    if len(matches) <= occurrence:
        raise GoldError(f"snippet {snippet!r} (occurrence {occurrence}) not found")
    m = matches[occurrence]
    return m.start(), m.end()


def load_gold_file(path: Path, text_of) -> tuple[GoldArticleQuotes, Article]:
    """Read a gold file; ``text_of(folder, id)`` returns the built article."""
    data = json.loads(path.read_text(encoding="utf-8"))
    article = text_of(data["folder"], str(data["id"]))
    text = article.text
    speakers = {key: list(names) for key, names in data.get("speakers", {}).items()}
    gold = GoldArticleQuotes(path, data["folder"], str(data["id"]), data.get("split", "dev"), speakers)
    for q in data.get("quotes", []):
        if q["kind"] not in KINDS:
            raise GoldError(f"{path.name}: unknown quote kind {q['kind']!r}")
        if q.get("speaker") is not None and q["speaker"] not in speakers:
            raise GoldError(f"{path.name}: speaker {q['speaker']!r} is not listed under speakers")
        try:
            start, end = resolve_snippet(text, q["text"], q.get("occurrence", 0))
            if q.get("to"):
                _, end = resolve_snippet(text, q["to"], 0, start_at=start)
        except GoldError as exc:
            raise GoldError(f"{path.name}: {exc}") from exc
        gold.quotes.append(GoldQuote(start, end, q["kind"], q.get("speaker")))
    return gold, article


def semeval_article(root: Path):
    """``text_of(folder, id)`` building articles exactly as the training corpus reader does."""
    from spinscope.ingest.readers import read_file
    from spinscope.ingest.segment import build_article
    from spinscope.models.corpus import _CORPUS_OPTIONS

    def text_of(folder: str, article_id: str) -> Article:
        # The unlabelled test articles come last: some gold files annotate them for quotes only
        # (the English training pool ran short of stories not already in the gold set).
        for sub in ("train-articles-subtask-3", "train-articles-subtask-1", "train-articles-subtask-2",
                    "test-articles-subtask-3"):
            path = root / folder / sub / f"article{article_id}.txt"
            if path.exists():
                for item in read_file(path, _CORPUS_OPTIONS):
                    if isinstance(item, Exception):
                        raise item
                    return build_article(item, _CORPUS_OPTIONS)
        raise GoldError(f"article {article_id} not found under {root / folder}")

    return text_of


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def _match(gold: list[GoldQuote], pred: list, same_kind: bool) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by best overlap."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if same_kind and g.kind != p.kind:
                continue
            iou = _iou((g.start, g.end), (p.start, p.end))
            if iou >= MIN_IOU:
                pairs.append((iou, gi, pi))
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


# Articles an annotator writes or leaves off a name form at will: "The EU Council president" and "EU Council
# president", "Le politicien" and "politicien", "l'Insee" and "Insee" name the same speaker. Polish and
# Russian have none.
LEADING_ARTICLES = frozenset("""the a an le la les l un une der die das den dem des ein eine einer eines einem
                             einen il lo i gli uno una""".split())


def _norm(name: str, articles: bool = False) -> str:
    """Lower case, punctuation as spaces, one leading article dropped when a word follows it (unless
    ``articles``: the strict form scored until session 16)."""
    words = re.sub(r"[^\w\s]", " ", name.lower()).split()
    if not articles and len(words) > 1 and words[0] in LEADING_ARTICLES:
        words = words[1:]
    return " ".join(words)


def _speaker_ok(gold_names: list[str], speaker, articles: bool) -> bool:
    """The predicted speaker carries one of the gold speaker's names, or both name nobody."""
    names = {_norm(n, articles) for n in gold_names}
    predicted = _norm(speaker.name, articles) if speaker is not None else None
    return (predicted is None) if not names else predicted in names


@dataclass
class Counts:
    tp: int = 0
    n_gold: int = 0
    n_pred: int = 0

    def scores(self) -> dict[str, float]:
        p = self.tp / self.n_pred if self.n_pred else 0.0
        r = self.tp / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": p, "recall": r, "f1": f, "gold": self.n_gold, "predicted": self.n_pred}


@dataclass
class Scores:
    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in (*KINDS, "all")})
    speaker_correct: int = 0
    speaker_correct_strict: int = 0  # a leading article counted as part of the name (the score until session 16)
    speaker_total: int = 0
    articles: int = 0
    errors: list[str] = field(default_factory=list)  # per-quote mistakes, for rule development

    def add(self, gold: GoldArticleQuotes, article: Article, prediction: AttributionPrediction) -> None:
        self.articles += 1
        pred = prediction.quotes
        for kind in KINDS:
            g = [q for q in gold.quotes if q.kind == kind]
            p = [q for q in pred if q.kind == kind]
            c = self.counts[kind]
            c.n_gold += len(g)
            c.n_pred += len(p)
            c.tp += len(_match(g, p, same_kind=True))
        c = self.counts["all"]
        c.n_gold += len(gold.quotes)
        c.n_pred += len(pred)
        pairs = _match(gold.quotes, pred, same_kind=False)
        c.tp += len(pairs)
        text = article.text
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, pi in pairs:
            g, p = gold.quotes[gi], pred[pi]
            ok, ok_strict = (_speaker_ok(gold.speakers.get(g.speaker, []) if g.speaker else [], p.speaker,
                                         articles) for articles in (False, True))
            self.speaker_total += 1
            self.speaker_correct += ok
            self.speaker_correct_strict += ok_strict
            if not ok or g.kind != p.kind:
                self.errors.append(f"{gold.path.name}: {g.kind}->{p.kind} speaker gold={g.speaker} "
                                   f"pred={p.speaker.name if p.speaker else None}: {text[g.start:g.end][:70]!r}")
        for gi, g in enumerate(gold.quotes):
            if gi not in matched_g:
                self.errors.append(f"{gold.path.name}: MISSED {g.kind} {text[g.start:g.end][:90]!r}")
        for pi, p in enumerate(pred):
            if pi not in matched_p:
                self.errors.append(f"{gold.path.name}: EXTRA {p.kind} {text[p.start:p.end][:90]!r}")

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_total if self.speaker_total else 0.0

    @property
    def speaker_accuracy_strict(self) -> float:
        return self.speaker_correct_strict / self.speaker_total if self.speaker_total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"articles": self.articles,
                **{kind: c.scores() for kind, c in self.counts.items()},
                "speaker_accuracy": self.speaker_accuracy,
                "speaker_accuracy_strict": self.speaker_accuracy_strict,
                "speaker_correct": self.speaker_correct,
                "speaker_quotes": self.speaker_total}


def evaluate(gold_dir: Path, data_root: Path) -> dict[str, Scores]:
    """Scores per split ("dev", "held-out") and over all gold files."""
    files = sorted(Path(gold_dir).glob("*.json"))
    if not files:
        raise GoldError(f"no gold files (*.json) in {gold_dir}")
    text_of = semeval_article(Path(data_root))
    results: dict[str, Scores] = {"all": Scores()}
    for path in files:
        gold, article = load_gold_file(path, text_of)
        prediction = predict(article)
        for split in (gold.split, "all"):
            results.setdefault(split, Scores()).add(gold, article, prediction)
    return results


def format_scores(results: dict[str, Scores]) -> str:
    lines = []
    for split in sorted(results, key=lambda s: (s == "all", s)):
        sc = results[split]
        lines.append(f"{split} ({sc.articles} articles)")
        lines.append(f"  {'kind':9} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}")
        for kind in (*KINDS, "all"):
            s = sc.counts[kind].scores()
            lines.append(f"  {kind:9} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
                         f"{s['gold']:5d} {s['predicted']:5d}")
        lines.append(f"  speaker accuracy {sc.speaker_accuracy:.3f} ({sc.speaker_correct} of {sc.speaker_total} found "
                     f"quotes; {sc.speaker_accuracy_strict:.3f} with a leading article part of the name)")
    return "\n".join(lines)
