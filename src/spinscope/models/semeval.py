"""SemEval-2023 Task 3 submission files for the three subtasks."""

from __future__ import annotations

from pathlib import Path

from spinscope.models.corpus import line_paragraphs, read_articles
from spinscope.models.model import SpinModel


def write_submission(model: SpinModel, lang_dir: Path, split: str, output: Path) -> dict[str, int]:
    """Predict every article of ``lang_dir/{split}-articles-subtask-N`` and write the official files.

    - ``subtask-1.txt``: ``ID<TAB>genre``
    - ``subtask-2.txt``: ``ID<TAB>frame,frame,...``
    - ``subtask-3.txt``: ``ID<TAB>line<TAB>technique,...`` for every non-empty line
    Returns the number of lines written per file.
    """
    output.mkdir(parents=True, exist_ok=True)
    written = {}
    for subtask in (1, 2, 3):
        folder = lang_dir / f"{split}-articles-subtask-{subtask}"
        if not folder.is_dir():
            continue
        articles = read_articles(lang_dir, subset=split, subtask=subtask)
        predictions = model.predict(articles)
        lines = []
        for article, pred in zip(articles, predictions):
            if subtask == 1:
                lines.append(f"{article.id}\t{max(pred.genre, key=pred.genre.get)}")
            elif subtask == 2:
                lines.append(f"{article.id}\t{','.join(pred.frames_predicted)}")
            else:
                mapping = line_paragraphs(article)
                for line in sorted(mapping):
                    labels = pred.paragraph_predicted[mapping[line]]
                    lines.append(f"{article.id}\t{line}\t{','.join(labels)}")
        path = output / f"subtask-{subtask}.txt"
        path.write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
        written[str(path)] = len(lines)
    return written
