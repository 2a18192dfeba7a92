"""How far two annotators agree, scored the way the rules are scored (the ceiling of the figures).

    python scripts/attribution_agreement.py REFERENCE_DIR SECOND_DIR [--rules]

REFERENCE_DIR holds gold files (for example a copy of the held-out set E), SECOND_DIR a second,
independent annotation of the same articles (``tests/gold/attribution/agreement/set-E``). The
second annotation is scored against the first with ``spinscope attribution evaluate``'s matching
(IoU >= 0.5, per kind and over all quotes) and its speaker accuracy, for which the two agree when
the speaker lists of the matched quotes share a name (or both are unnamed). Both directions are
printed: F1 is symmetric, precision and recall swap. ``--rules`` also scores the rules against
each annotation, on the same articles. Only totals are printed, never a quote: run it on a
held-out set without reading its errors.

Needs the corpus (SPINSCOPE_DATA or ../shared/data).
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spinscope.attribution.component import predict
from spinscope.attribution.evaluate import KINDS, Scores, _match, _norm, load_gold_file, semeval_article

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class _Speaker:
    name: str


@dataclass
class _Quote:
    start: int
    end: int
    kind: str
    speaker: _Speaker | None


@dataclass
class _Prediction:
    quotes: list[_Quote]


def _as_prediction(second, reference) -> _Prediction:
    """The second annotation as a prediction. A quote's speaker is named by the first of its
    names that the reference lists for some speaker, so that the two agree when their lists
    for the quote's speaker share a name."""
    known = {_norm(name): name for names in reference.speakers.values() for name in names}
    quotes = []
    for q in second.quotes:
        speaker = None
        if q.speaker is not None:
            names = second.speakers[q.speaker]
            shared = [name for name in names if _norm(name) in known]
            speaker = _Speaker(shared[0] if shared else names[0])
        quotes.append(_Quote(q.start, q.end, q.kind, speaker))
    return _Prediction(quotes)


def _speaker_agrees(reference, second):
    """Speaker agreement of matched quotes, by shared names (see the module docstring)."""
    agree = total = 0
    for gi, si in _match(reference.quotes, second.quotes, same_kind=False):
        g, s = reference.quotes[gi], second.quotes[si]
        total += 1
        if g.speaker is None or s.speaker is None:
            agree += g.speaker is None and s.speaker is None
        else:
            a = {_norm(n) for n in reference.speakers[g.speaker]}
            b = {_norm(n) for n in second.speakers[s.speaker]}
            agree += bool(a & b)
    return agree, total


def _row(label: str, scores: Scores, speakers: tuple[int, int] | None = None) -> str:
    cells = []
    for kind in (*KINDS, "all"):
        s = scores.counts[kind].scores()
        cells.append(f"{s['f1']:.3f} (P {s['precision']:.3f} R {s['recall']:.3f})")
    correct, total = speakers if speakers else (scores.speaker_correct, scores.speaker_total)
    accuracy = correct / total if total else 0.0
    return f"{label:34} " + "  ".join(cells) + f"  speakers {accuracy:.3f} ({correct}/{total})"


def agreement(reference_dir: Path, second_dir: Path, data_root: Path, rules: bool = False) -> dict[str, Any]:
    """The scores of the module docstring: "forward" (second scored against reference),
    "backward", "speakers" (agree, total), and with ``rules`` "rules_reference" and "rules_second"."""
    text_of = semeval_article(data_root)
    pairs = []
    for path in sorted(Path(second_dir).glob("*.json")):
        reference_path = Path(reference_dir) / path.name
        if not reference_path.exists():
            raise SystemExit(f"{path.name}: no reference annotation in {reference_dir}")
        reference, article = load_gold_file(reference_path, text_of)
        second, _ = load_gold_file(path, text_of)
        pairs.append((reference, second, article))
    out: dict[str, Any] = {"forward": Scores(), "backward": Scores(), "articles": len(pairs),
                           "quotes": (sum(len(r.quotes) for r, _, _ in pairs),
                                      sum(len(s.quotes) for _, s, _ in pairs))}
    agree = total = 0
    for reference, second, article in pairs:
        out["forward"].add(reference, article, _as_prediction(second, reference))
        out["backward"].add(second, article, _as_prediction(reference, second))
        a, t = _speaker_agrees(reference, second)
        agree, total = agree + a, total + t
    out["speakers"] = (agree, total)
    if rules:
        out["rules_reference"], out["rules_second"] = Scores(), Scores()
        for reference, second, article in pairs:
            prediction = predict(article)
            out["rules_reference"].add(reference, article, prediction)
            out["rules_second"].add(second, article, prediction)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("reference", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--rules", action="store_true", help="score the rules against both annotations")
    args = parser.parse_args()
    data = Path(os.environ.get("SPINSCOPE_DATA", ROOT.parent / "shared" / "data")) / "semeval2023-task3"
    out = agreement(args.reference, args.second, data, args.rules)
    print(f"{out['articles']} articles; {out['quotes'][0]} reference quotes, {out['quotes'][1]} second-annotation quotes")
    print(f"{'':34} " + "  ".join(f"{k + ' F1':29}" for k in (*KINDS, "all")))
    print(_row("second vs reference", out["forward"], out["speakers"]))
    print(_row("reference vs second", out["backward"], out["speakers"]))
    if args.rules:
        print(_row("rules vs reference", out["rules_reference"]))
        print(_row("rules vs second", out["rules_second"]))


if __name__ == "__main__":
    main()
