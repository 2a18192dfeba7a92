"""The attribution rules as they were at an earlier commit, for the experiments that compare a
learned model with the rules of a batch's own time (speaker_ranker.py, quote_tagger.py)."""

from __future__ import annotations

import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def export_src(commit: str, cache: Path) -> tuple[str, Path]:
    """The short hash of ``commit`` and a folder holding its ``src`` (``git archive``, read-only use),
    exported under ``cache`` once: put ``<folder>/src`` on PYTHONPATH to import that commit's code."""
    short = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", commit], check=True,
                           capture_output=True, text=True).stdout.strip()
    folder = cache / f"src-{short}"
    if not (folder / "src" / "spinscope").is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(REPO), "archive", short, "src"], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return short, folder
