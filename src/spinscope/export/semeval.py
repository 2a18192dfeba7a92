"""SemEval-2023 Task 3 prediction files, one folder per language.

``OUTPUT/{lang}/subtask-1.txt`` (``ID<TAB>genre``), ``subtask-2.txt`` (``ID<TAB>frame,frame``) and
``subtask-3.txt`` (``ID<TAB>line<TAB>technique,technique`` for every paragraph, ``line`` being the
paragraph's 1-based line number in the article text, as in the task's layout of one paragraph
per line). Genre labels map to the task's ``opinion``/``reporting``/``satire``.
"""

from __future__ import annotations

from pathlib import Path

from spinscope.export.common import atomic_folder
from spinscope.store import Store


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def export_semeval(store: Store, output: Path) -> int:
    files: dict[tuple[str, int], list[str]] = {}
    count = 0
    for report in store.reports():
        lang = report.get("lang") or "unknown"
        article_id = str(report["id"])
        text = report.get("text") or ""
        genre = (report.get("genre") or {}).get("label")
        if genre:
            files.setdefault((lang, 1), []).append(f"{article_id}\t{genre}")
        files.setdefault((lang, 2), []).append(f"{article_id}\t{','.join(f['label'] for f in report.get('frames') or [])}")
        for p in report.get("paragraphs") or []:
            labels = ",".join(t["label"] for t in p.get("techniques") or [])
            files.setdefault((lang, 3), []).append(f"{article_id}\t{_line_of(text, p['start'])}\t{labels}")
        count += 1
    with atomic_folder(output) as folder:
        for (lang, subtask), lines in files.items():
            (folder / lang).mkdir(exist_ok=True)
            (folder / lang / f"subtask-{subtask}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return count
