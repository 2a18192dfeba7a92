"""brat standoff: ``ID.txt`` and ``ID.ann`` per article, plus ``annotation.conf``.

Technique spans are text-bound annotations (``T1<TAB>Loaded_Language 10 25<TAB>text``) with
their score as a note; genre and frames are attributes on a document-wide ``Article`` span;
quote -> speaker links are ``R`` relations (``said_by``). Offsets count characters, as brat does.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from spinscope.export.common import atomic_folder, speaker_links
from spinscope.store import Store
from spinscope.taxonomy import TECHNIQUES

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _file_stem(article_id: str, used: set[str]) -> str:
    stem = _UNSAFE.sub("_", article_id).strip("._") or "article"
    candidate, n = stem, 1
    while candidate in used:
        n += 1
        candidate = f"{stem}_{n}"
    used.add(candidate)
    return candidate


def _flat(text: str) -> str:
    return text.replace("\n", " ").replace("\t", " ")


def annotations(report: dict[str, Any]) -> str:
    text = report.get("text") or ""
    lines, t, n = [], 0, 0
    if text:
        t += 1
        lines.append(f"T{t}\tArticle 0 {len(text)}\t{_flat(text[:40])}")
        genre = (report.get("genre") or {}).get("label")
        if genre:
            n += 1
            lines.append(f"A{n}\tGenre T{t} {genre}")
        for frame in report.get("frames") or []:
            n += 1
            lines.append(f"A{n}\tFrame_{frame['label']} T{t}")
    notes = 0
    for span in report.get("spans") or []:
        t += 1
        lines.append(f"T{t}\t{span['label']} {span['start']} {span['end']}\t{_flat(text[span['start']:span['end']])}")
        if span.get("score") is not None:
            notes += 1
            lines.append(f"#{notes}\tAnnotatorNotes T{t}\tscore={span['score']}")
    for r, link in enumerate(speaker_links(report), start=1):
        lines.append(f"T{t + 1}\tQuote {link['quote_start']} {link['quote_end']}\t"
                     f"{_flat(text[link['quote_start']:link['quote_end']])}")
        lines.append(f"T{t + 2}\tSpeaker {link['speaker_start']} {link['speaker_end']}\t"
                     f"{_flat(text[link['speaker_start']:link['speaker_end']])}")
        lines.append(f"R{r}\tsaid_by Arg1:T{t + 1} Arg2:T{t + 2}")
        t += 2
    return "\n".join(lines) + ("\n" if lines else "")


def annotation_conf(frames: set[str], genres: set[str]) -> str:
    entities = "\n".join(["Article", "Quote", "Speaker"] + [t.label for t in TECHNIQUES])
    attributes = [f"Genre\tArg:Article, Value:{'|'.join(sorted(genres)) or 'unknown'}"]
    attributes += [f"Frame_{f}\tArg:Article" for f in sorted(frames)]
    return (f"[entities]\n{entities}\n\n[relations]\nsaid_by\tArg1:Quote, Arg2:Speaker\n\n[events]\n\n"
            f"[attributes]\n" + "\n".join(attributes) + "\n")


def export_brat(store: Store, output: Path) -> int:
    count, used = 0, set()
    frames, genres = set(), set()
    with atomic_folder(output) as folder:
        for report in store.reports():
            stem = _file_stem(str(report["id"]), used)
            (folder / f"{stem}.txt").write_text(report.get("text") or "", encoding="utf-8", newline="")
            (folder / f"{stem}.ann").write_text(annotations(report), encoding="utf-8")
            frames.update(f["label"] for f in report.get("frames") or [])
            if (report.get("genre") or {}).get("label"):
                genres.add(report["genre"]["label"])
            count += 1
        (folder / "annotation.conf").write_text(annotation_conf(frames, genres), encoding="utf-8")
    return count
