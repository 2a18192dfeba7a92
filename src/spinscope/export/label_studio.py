"""Label Studio tasks with predictions (JSON), ready to import for review.

Each task holds the article text and metadata; its prediction carries the model version, an
overall score and one result per finding, each with its own ``score``: technique spans
(``labels`` on ``text``), the genre and frames (``choices``), and, when the report has them,
quotes and speakers as spans linked by ``relation`` results (quote -> speaker). The matching
labelling config is written next to the tasks (``*.config.xml``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spinscope.export.common import atomic_text, speaker_links
from spinscope.store import Store
from spinscope.taxonomy import TECHNIQUES


def label_config() -> str:
    techniques = "\n".join(f'    <Label value="{t.label}"/>' for t in TECHNIQUES)
    return f"""<View>
  <Header value="$title"/>
  <Labels name="technique" toName="text">
{techniques}
  </Labels>
  <Labels name="attribution" toName="text">
    <Label value="Quote"/>
    <Label value="Speaker"/>
  </Labels>
  <Relations>
    <Relation value="said_by"/>
  </Relations>
  <Text name="text" value="$text"/>
  <Choices name="genre" toName="text" choice="single">
    <Choice value="opinion"/><Choice value="reporting"/><Choice value="satire"/>
  </Choices>
  <Choices name="frames" toName="text" choice="multiple">
    {''.join(f'<Choice value="{f}"/>' for f in ("Economic", "Capacity_and_resources", "Morality",
             "Fairness_and_equality", "Legality_Constitutionality_and_jurisprudence",
             "Policy_prescription_and_evaluation", "Crime_and_punishment", "Security_and_defense",
             "Health_and_safety", "Quality_of_life", "Cultural_identity", "Public_opinion", "Political",
             "External_regulation_and_reputation"))}
  </Choices>
</View>
"""


def task(report: dict[str, Any], number: int) -> dict[str, Any]:
    text = report.get("text") or ""
    results: list[dict[str, Any]] = []
    for i, span in enumerate(report.get("spans") or []):
        results.append({"id": f"t{i}", "from_name": "technique", "to_name": "text", "type": "labels",
                        "score": span.get("score"),
                        "value": {"start": span["start"], "end": span["end"], "text": text[span["start"]:span["end"]],
                                  "labels": [span["label"]]}})
    genre = report.get("genre") or {}
    if genre.get("label"):
        results.append({"id": "genre", "from_name": "genre", "to_name": "text", "type": "choices",
                        "score": (genre.get("scores") or {}).get(genre["label"]),
                        "value": {"choices": [genre["label"]]}})
    frames = report.get("frames") or []
    if frames:
        results.append({"id": "frames", "from_name": "frames", "to_name": "text", "type": "choices",
                        "score": min(f["score"] for f in frames if f.get("score") is not None) if any(
                            f.get("score") is not None for f in frames) else None,
                        "value": {"choices": [f["label"] for f in frames]}})
    for link in speaker_links(report):
        q, s = f"q{link['quote']}", f"q{link['quote']}-speaker"
        results.append({"id": q, "from_name": "attribution", "to_name": "text", "type": "labels", "score": None,
                        "value": {"start": link["quote_start"], "end": link["quote_end"],
                                  "text": text[link["quote_start"]:link["quote_end"]], "labels": ["Quote"]}})
        results.append({"id": s, "from_name": "attribution", "to_name": "text", "type": "labels", "score": None,
                        "value": {"start": link["speaker_start"], "end": link["speaker_end"],
                                  "text": text[link["speaker_start"]:link["speaker_end"]], "labels": ["Speaker"]}})
        results.append({"type": "relation", "from_id": q, "to_id": s, "direction": "right", "labels": ["said_by"]})
    scores = [r["score"] for r in results if r.get("score") is not None]
    return {
        "id": number,
        "data": {"text": text, "title": report.get("title") or "", "article_id": report["id"],
                 "source": report.get("source"), "url": report.get("url"), "published": report.get("published"),
                 "lang": report.get("lang"), "input": report.get("input")},
        "predictions": [{"model_version": report.get("model_version") or "unknown",
                         "score": round(sum(scores) / len(scores), 4) if scores else None, "result": results}],
    }


def export_label_studio(store: Store, output: Path) -> int:
    count = 0
    with atomic_text(output) as stream:
        stream.write("[\n")
        for number, report in enumerate(store.reports(), start=1):
            stream.write((",\n" if number > 1 else "") + json.dumps(task(report, number), ensure_ascii=False))
            count += 1
        stream.write("\n]\n")
    with atomic_text(output.with_name(output.stem + ".config.xml")) as stream:
        stream.write(label_config())
    return count
