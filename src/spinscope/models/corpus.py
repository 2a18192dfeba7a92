"""Read SemEval-2023 Task 3 training data (and its gold labels) into articles.

Layout per language folder: ``train-articles-subtask-3/article{ID}.txt`` plus
``train-labels-subtask-{1,2,3}.txt`` and ``train-labels-subtask-3-spans/``; see
``../shared/data/README.md``. Folder names are the official ones (``ge`` is German, ``po`` Polish).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from spinscope.document import Article, Span
from spinscope.ingest.readers import SEMEVAL_LANG_FOLDERS, read_file
from spinscope.ingest.segment import build_article
from spinscope.options import AnalysisOptions
from spinscope.taxonomy import normalize_label

TRAINING_LANGUAGES = ("en", "fr", "ge", "it", "po", "ru")
# training data is already clean: keep every line so gold offsets and line numbers hold
_CORPUS_OPTIONS = AnalysisOptions(clean=False)


@dataclass
class GoldArticle:
    """An article with its gold labels; any of them may be missing."""

    article: Article
    folder: str  # official folder name: en fr ge it po ru ...
    genre: str | None = None
    frames: list[str] | None = None
    paragraph_techniques: list[set[str]] | None = None  # aligned with article.paragraphs
    spans: list[Span] = field(default_factory=list)  # gold technique spans (text offsets)
    # techniques its annotators looked for (None: all 23). Extra corpora with an older taxonomy
    # say nothing about the others, so those are neither positive nor negative for training.
    known_techniques: frozenset[str] | None = None


def _read_tsv(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def line_paragraphs(article: Article) -> dict[int, int]:
    """1-based line number of the raw file -> paragraph index (SemEval layout)."""
    starts, line, mapping = {}, 1, {}
    starts[1] = 0
    for i, ch in enumerate(article.raw):
        if ch == "\n":
            line += 1
            starts[line] = i + 1
    for ln, raw_start in starts.items():
        text_offset = article.offsets.from_raw(raw_start)
        if text_offset is None:
            # the line may start with whitespace: try its first non-space character
            rest = article.raw[raw_start:].split("\n", 1)[0]
            stripped = len(rest) - len(rest.lstrip())
            if not rest.strip():
                continue
            text_offset = article.offsets.from_raw(raw_start + stripped)
        if text_offset is not None:
            p = article.paragraph_of(text_offset)
            if p is not None:
                mapping[ln] = p
    return mapping


def read_articles(folder: Path, subset: str = "train", subtask: int = 3) -> list[Article]:
    """The articles of one language folder, in file-name order."""
    articles_dir = folder / f"{subset}-articles-subtask-{subtask}"
    articles = []
    for path in sorted(articles_dir.glob("article*.txt")):
        for item in read_file(path, _CORPUS_OPTIONS):
            if isinstance(item, Exception):
                raise item
            articles.append(build_article(item, _CORPUS_OPTIONS))
    return articles


def _clip_to_paragraphs(article: Article, start: int, end: int, label: str) -> list[Span]:
    """Gold spans may run across paragraphs; split them at paragraph boundaries."""
    out = []
    for para in article.paragraphs:
        s, e = max(start, para.start), min(end, para.end)
        if s < e:
            text = article.text[s:e]
            s += len(text) - len(text.lstrip())
            e -= len(text) - len(text.rstrip())
            if s < e:
                out.append(Span(s, e, label))
    return out


def load_language(root: Path, folder: str) -> list[GoldArticle]:
    """All labelled training articles of one language with every gold label available."""
    lang_dir = root / folder
    genres = {row[0]: row[1] for row in _read_tsv(lang_dir / "train-labels-subtask-1.txt") if len(row) > 1}
    frames = {row[0]: [normalize_label(x) for x in row[1].split(",") if x.strip()]
              for row in _read_tsv(lang_dir / "train-labels-subtask-2.txt") if len(row) > 1}
    frames.update({row[0]: [] for row in _read_tsv(lang_dir / "train-labels-subtask-2.txt") if len(row) == 1})
    par_labels: dict[str, dict[int, set[str]]] = defaultdict(dict)
    for row in _read_tsv(lang_dir / "train-labels-subtask-3.txt"):
        labels = {normalize_label(x) for x in (row[2] if len(row) > 2 else "").split(",") if x.strip()}
        par_labels[row[0]][int(row[1])] = labels
    gold = []
    seen: set[str] = set()
    # subtask folders hold mostly the same articles; a few appear in only one of them
    articles = [a for sub in (3, 1, 2) if (lang_dir / f"train-articles-subtask-{sub}").is_dir()
                for a in read_articles(lang_dir, subtask=sub)]
    for article in articles:
        if article.id in seen:
            continue
        seen.add(article.id)
        aid = article.id
        item = GoldArticle(article, folder, genres.get(aid), frames.get(aid))
        if aid in par_labels:
            mapping = line_paragraphs(article)
            per_para: list[set[str]] = [set() for _ in article.paragraphs]
            for line, labels in par_labels[aid].items():
                if line in mapping:
                    per_para[mapping[line]] |= labels
            item.paragraph_techniques = per_para
            span_file = lang_dir / "train-labels-subtask-3-spans" / f"article{aid}-labels-subtask-3.txt"
            for row in _read_tsv(span_file):
                if len(row) < 4:
                    continue
                raw_start, raw_end = int(row[2]), int(row[3])
                start, end = article.offsets.from_raw(raw_start), article.offsets.from_raw(raw_end - 1)
                if start is None or end is None:
                    continue
                item.spans.extend(_clip_to_paragraphs(article, start, end + 1, normalize_label(row[1])))
        gold.append(item)
    return gold


def load_corpus(root: Path, languages: tuple[str, ...] = TRAINING_LANGUAGES) -> list[GoldArticle]:
    """Gold articles of several language folders (official folder names)."""
    unknown = [lang for lang in languages if lang not in SEMEVAL_LANG_FOLDERS]
    if unknown:
        raise ValueError(f"unknown SemEval language folder(s) {unknown}; "
                         f"expected some of {sorted(SEMEVAL_LANG_FOLDERS)}")
    return [g for lang in languages for g in load_language(root, lang)]


# The 2020 Propaganda Techniques Corpus uses 14 labels of an older taxonomy. Those with a single
# 2023 counterpart map onto it; merged ones ("Whataboutism,Straw_Men,Red_Herring",
# "Bandwagon,Reductio_ad_hitlerum") cannot be split, so their 2023 labels stay unknown.
PTC2020_LABELS = {
    "Loaded_Language": "Loaded_Language",
    "Name_Calling,Labeling": "Name_Calling-Labeling",
    "Repetition": "Repetition",
    "Doubt": "Doubt",
    "Exaggeration,Minimisation": "Exaggeration-Minimisation",
    "Appeal_to_fear-prejudice": "Appeal_to_Fear-Prejudice",
    "Flag-Waving": "Flag_Waving",
    "Causal_Oversimplification": "Causal_Oversimplification",
    "Appeal_to_Authority": "Appeal_to_Authority",
    "Slogans": "Slogans",
    "Black-and-White_Fallacy": "False_Dilemma-No_Choice",
    "Thought-terminating_Cliches": "Conversation_Killer",
}


def load_ptc2020(root: Path) -> list[GoldArticle]:
    """English articles of the 2020 Propaganda Techniques Corpus (``root`` holds
    ``train-articles/`` and ``train-labels-task2-technique-classification/``) as extra technique
    training data: paragraph labels and spans for the techniques of :data:`PTC2020_LABELS`."""
    articles_dir = root / "train-articles"
    labels_dir = root / "train-labels-task2-technique-classification"
    if not articles_dir.is_dir():
        raise ValueError(f"no PTC 2020 articles at {articles_dir}")
    known = frozenset(PTC2020_LABELS.values())
    gold = []
    for path in sorted(articles_dir.glob("article*.txt")):
        for item in read_file(path, _CORPUS_OPTIONS):
            if isinstance(item, Exception):
                raise item
            article = build_article(item, _CORPUS_OPTIONS)
            entry = GoldArticle(article, "en-ptc2020", known_techniques=known)
            per_para: list[set[str]] = [set() for _ in article.paragraphs]
            for row in _read_tsv(labels_dir / f"article{article.id}.task2-TC.labels"):
                label = PTC2020_LABELS.get(row[1]) if len(row) >= 4 else None
                if label is None:
                    continue
                start = article.offsets.from_raw(int(row[2]))
                end = article.offsets.from_raw(int(row[3]) - 1)
                if start is None or end is None:
                    continue
                for span in _clip_to_paragraphs(article, start, end + 1, label):
                    entry.spans.append(span)
                    per_para[article.paragraph_of(span.start)].add(label)
            entry.paragraph_techniques = per_para
            gold.append(entry)
    return gold
