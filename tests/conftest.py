"""Shared fixtures: small articles built in code, the corpus root (or a skip), the model once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS_ROOT = Path(os.environ.get("SPINSCOPE_DATA", REPO_ROOT.parent / "shared" / "data"))
SEMEVAL_ROOT = CORPUS_ROOT / "semeval2023-task3"


@pytest.fixture(scope="session")
def semeval_root() -> Path:
    """The SemEval-2023 Task 3 corpus, or a skip saying why it is missing."""
    if not (SEMEVAL_ROOT / "en" / "train-labels-subtask-3.txt").exists():
        pytest.skip(f"SemEval corpus not found at {SEMEVAL_ROOT} (set SPINSCOPE_DATA to the "
                    "folder holding semeval2023-task3/ to run corpus tests)")
    return SEMEVAL_ROOT


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def nlp():
    """The analysis pipeline with the bundled model, loaded once per test session."""
    import spinscope

    return spinscope.load()
