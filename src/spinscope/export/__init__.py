"""Exports of the corpus store to the formats analysts' tools read, one module per format."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from spinscope.store import Store


def _exporters() -> dict[str, Callable[[Store, Path], int]]:
    from spinscope.export.brat import export_brat
    from spinscope.export.csv import export_csv
    from spinscope.export.doccano import export_doccano
    from spinscope.export.jsonl import export_jsonl
    from spinscope.export.label_studio import export_label_studio
    from spinscope.export.parquet import export_parquet
    from spinscope.export.semeval import export_semeval

    return {"jsonl": export_jsonl, "csv": export_csv, "parquet": export_parquet, "semeval": export_semeval,
            "label-studio": export_label_studio, "doccano": export_doccano, "brat": export_brat}


FORMATS = ("jsonl", "csv", "parquet", "semeval", "label-studio", "doccano", "brat")
FOLDER_FORMATS = ("semeval", "brat")  # these write a folder at the output path


def export(store: Store, fmt: str, output: Path) -> int:
    """Write every stored article to ``output`` in ``fmt``; return how many were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return _exporters()[fmt](store, Path(output))


__all__ = ["FOLDER_FORMATS", "FORMATS", "export"]
