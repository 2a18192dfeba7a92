"""Article span layers -> the ``quotes``, ``speakers`` and ``entities`` entries of the report dict.

Works from the layers :func:`spinscope.attribution.annotate` wrote, so a report can be rebuilt
from any annotated article. "Techniques aimed at" an entity: technique spans that contain one of
its mentions, or, when a span names nobody, the entities mentioned in the same sentence
(paragraph when sentences are unknown) — who is name-called, who is the subject of doubt.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from spinscope.attribution.component import CUES_LAYER, MENTIONS_LAYER, QUOTES_LAYER, TECHNIQUES_LAYER
from spinscope.document import Article, Span


def _quotes(article: Article) -> list[dict[str, Any]]:
    by_id: dict[str, list[Span]] = defaultdict(list)
    for span in article.spans.get(QUOTES_LAYER, []):
        by_id[span.attrs["quote"]].append(span)
    quotes = []
    for qid, pieces in by_id.items():
        pieces.sort(key=lambda s: s.start)
        first = pieces[0]
        start, end = first.start, pieces[-1].end
        cue_start, cue_end = first.attrs.get("cue_start"), first.attrs.get("cue_end")
        quotes.append({
            "id": qid,
            "start": start,
            "end": end,
            "text": article.text[start:end],
            "kind": first.label,
            "cue": ({"start": cue_start, "end": cue_end, "text": article.text[cue_start:cue_end]}
                    if cue_start is not None else None),
            "speaker": first.attrs.get("speaker"),
            # a quote run over several paragraphs: one piece per paragraph; [start, end) spans them
            "pieces": [{"start": p.start, "end": p.end, "paragraph": article.paragraph_of(p.start)}
                       for p in pieces],
        })
    quotes.sort(key=lambda q: q["start"])
    return quotes


def _entities(article: Article) -> list[dict[str, Any]]:
    entities: dict[str, dict[str, Any]] = {}
    for span in article.spans.get(MENTIONS_LAYER, []):
        e = entities.setdefault(span.label, {
            "id": span.label, "name": span.attrs.get("name"), "title": span.attrs.get("title") or None,
            "kind": span.attrs.get("kind"), "mentions": []})
        e["mentions"].append({"start": span.start, "end": span.end, "text": article.span_text(span)})
    return sorted(entities.values(), key=lambda e: (e["id"][0] != "S", int(e["id"][1:] or 0)))


def _aimed_at(article: Article, entities: list[dict[str, Any]]) -> dict[str, Counter]:
    mentions = [(m["start"], m["end"], e["id"]) for e in entities for m in e["mentions"]]
    units = list(article.sentences) or list(article.paragraphs)
    aimed: dict[str, Counter] = defaultdict(Counter)
    for span in article.spans.get(TECHNIQUES_LAYER, []):
        inside = {eid for a, b, eid in mentions if span.start <= a and b <= span.end}
        if not inside:
            unit = next((u for u in units if u.start <= span.start < u.end), None)
            if unit is not None:
                inside = {eid for a, b, eid in mentions if unit.start <= a and b <= unit.end}
        for eid in inside:
            aimed[eid][span.label] += 1
    return aimed


def attribution_dicts(article: Article) -> dict[str, Any]:
    """``{"quotes": [...], "speakers": [...], "entities": [...]}`` for the report dict."""
    quotes = _quotes(article)
    entities = _entities(article)
    aimed = _aimed_at(article, entities)
    speaking = {q["speaker"] for q in quotes if q["speaker"]}
    speakers = []
    for e in entities:
        e["mention_count"] = len(e["mentions"])
        e["quotes"] = sum(1 for q in quotes if q["speaker"] == e["id"])
        e["techniques"] = dict(sorted(aimed.get(e["id"], {}).items(), key=lambda kv: (-kv[1], kv[0])))
        if e["id"] in speaking:
            speakers.append({key: e[key] for key in ("id", "name", "title", "kind", "mentions")})
    entity_list = [{key: e[key] for key in ("id", "name", "title", "kind", "mention_count", "quotes",
                                              "techniques", "mentions")} for e in entities]
    return {"quotes": quotes, "speakers": speakers, "entities": entity_list}
