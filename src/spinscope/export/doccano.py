"""doccano JSONL (sequence labelling with relations): one line per article.

``{"id", "text", "entities": [{"id", "label", "start_offset", "end_offset"}], "relations":
[{"id", "from_id", "to_id", "type"}], "cats": [genre, frames...], "meta"}`` — the layout doccano
imports for "Sequence labeling" projects with relation labelling on.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spinscope.export.common import atomic_text, speaker_links
from spinscope.store import Store


def record(report: dict[str, Any]) -> dict[str, Any]:
    entities: list[dict[str, Any]] = []
    relations: list[dict[str, Any]] = []
    for span in report.get("spans") or []:
        entities.append({"id": len(entities) + 1, "label": span["label"], "start_offset": span["start"],
                         "end_offset": span["end"]})
    for link in speaker_links(report):
        quote_id, speaker_id = len(entities) + 1, len(entities) + 2
        entities.append({"id": quote_id, "label": "Quote", "start_offset": link["quote_start"],
                         "end_offset": link["quote_end"]})
        entities.append({"id": speaker_id, "label": "Speaker", "start_offset": link["speaker_start"],
                         "end_offset": link["speaker_end"]})
        relations.append({"id": len(relations) + 1, "from_id": quote_id, "to_id": speaker_id, "type": "said_by"})
    cats = [c for c in [(report.get("genre") or {}).get("label")] if c] + [f["label"] for f in report.get("frames") or []]
    return {"id": report["id"], "text": report.get("text") or "", "entities": entities, "relations": relations,
            "cats": cats, "meta": {key: report.get(key) for key in ("title", "source", "url", "published", "lang",
                                                                   "input", "model_version")}}


def export_doccano(store: Store, output: Path) -> int:
    count = 0
    with atomic_text(output) as stream:
        for report in store.reports():
            stream.write(json.dumps(record(report), ensure_ascii=False) + "\n")
            count += 1
    return count
