"""JSONL: one report dict per line, exactly the analysis JSON contract (with ``input``)."""

from __future__ import annotations

import json
from pathlib import Path

from spinscope.export.common import atomic_text
from spinscope.store import Store


def export_jsonl(store: Store, output: Path) -> int:
    count = 0
    with atomic_text(output) as stream:
        for report in store.reports():
            stream.write(json.dumps(report, ensure_ascii=False) + "\n")
            count += 1
    return count
