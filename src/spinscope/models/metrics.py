"""The official SemEval-2023 Task 3 metrics, plus span-level F1.

- genre (subtask 1): macro-F1 over the genres;
- frames (subtask 2): micro-F1 over (article, frame) pairs;
- techniques (subtask 3): micro-F1 over (paragraph, technique) pairs;
- spans: precision and recall with partial-overlap credit per matching label, as in the
  SemEval-2020 Task 11 span scorer (Da San Martino et al., 2019).
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable, Sequence

from spinscope.document import Span


def macro_f1(gold: Sequence[str], pred: Sequence[str], labels: Iterable[str]) -> float:
    labels = [label for label in labels if label in set(gold) | set(pred)]
    if not labels:
        return 0.0
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, pred))
        fp = sum(g != label and p == label for g, p in zip(gold, pred))
        fn = sum(g == label and p != label for g, p in zip(gold, pred))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def micro_prf(gold: Sequence[Iterable[str]], pred: Sequence[Iterable[str]]) -> tuple[float, float, float]:
    """Micro precision, recall and F1 over (item, label) pairs of multi-label predictions."""
    tp = fp = fn = 0
    for g, p in zip(gold, pred):
        g, p = set(g), set(p)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def per_label_prf(gold: Sequence[Iterable[str]], pred: Sequence[Iterable[str]]) -> dict[str, dict[str, float]]:
    """Per-label precision, recall, F1 and support."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        g, p = set(g), set(p)
        for label in g & p:
            tp[label] += 1
        for label in p - g:
            fp[label] += 1
        for label in g - p:
            fn[label] += 1
    table = {}
    for label in sorted(set(tp) | set(fp) | set(fn)):
        precision = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        recall = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[label] = {"precision": precision, "recall": recall, "f1": f1,
                        "support": tp[label] + fn[label]}
    return table


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def span_prf(gold: Sequence[Sequence[Span]], pred: Sequence[Sequence[Span]]) -> tuple[float, float, float]:
    """Span precision/recall/F1 with partial credit: overlap / length for same-label pairs."""
    p_sum = r_sum = 0.0
    n_pred = n_gold = 0
    for g_spans, p_spans in zip(gold, pred):
        n_pred += len(p_spans)
        n_gold += len(g_spans)
        for p in p_spans:
            p_sum += min(1.0, sum(_overlap(p, g) for g in g_spans if g.label == p.label) / len(p))
        for g in g_spans:
            r_sum += min(1.0, sum(_overlap(p, g) for p in p_spans if p.label == g.label) / len(g))
    precision = p_sum / n_pred if n_pred else 0.0
    recall = r_sum / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
