"""Near-duplicate and republished articles: MinHash LSH over word shingles of the body text.

Each article becomes a MinHash signature of its body's word 3-grams (the title is left out so a
reworded headline does not hide a republication). Locality-sensitive hashing proposes candidate
pairs without comparing every pair (sub-quadratic); a candidate is kept only when the signatures
agree on at least ``threshold`` of their estimated Jaccard similarity, and kept pairs are merged
into clusters.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Iterator

import numpy as np

from spinscope.store import Store

SHINGLE_WORDS = 3
NUM_PERM = 128
MIN_SHINGLES = 5  # shorter bodies carry too little text to call them duplicates
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def _bodies(store: Store, batch_size: int = 1000) -> Iterator[tuple[str, str]]:
    """(id, body text) per article: the text without its title paragraph."""
    cursor = store.execute("""
        SELECT a.id, a.text, coalesce(min(p."end") FILTER (p.kind = 'title'), 0) AS title_end
        FROM articles a LEFT JOIN paragraphs p ON p.article_id = a.id
        GROUP BY a.id, a.text ORDER BY a.id""")
    while rows := cursor.fetchmany(batch_size):
        for article_id, text, title_end in rows:
            yield article_id, text[title_end:]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = self.parent.setdefault(x, x)
        while root != self.parent[root]:
            root = self.parent[root]
        while x != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def near_duplicate_pairs(items: Iterable[tuple[str, str]], threshold: float = 0.8,
                         num_perm: int = NUM_PERM) -> list[tuple[str, str, float]]:
    """(id, id, estimated Jaccard) of every pair LSH proposes and the signatures confirm."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    signatures: dict[str, MinHash] = {}
    pairs = []
    template = MinHash(num_perm=num_perm, seed=1)  # permutations are built once and shared
    for article_id, text in items:
        grams = shingles(text)
        if len(grams) < MIN_SHINGLES:
            continue
        m = MinHash(num_perm=num_perm, seed=1, permutations=template.permutations, scheme=template.scheme)
        m.update_batch(list(grams))
        for other in lsh.query(m):
            similarity = float(np.count_nonzero(m.hashvalues == signatures[other].hashvalues)) / num_perm
            if similarity >= threshold:
                pairs.append((other, article_id, round(similarity, 4)))
        lsh.insert(article_id, m)
        signatures[article_id] = m
    return pairs


def find_duplicates(store: Store, threshold: float = 0.8, *, num_perm: int = NUM_PERM) -> list[dict[str, Any]]:
    """Clusters of near-duplicate articles, largest first.

    Each cluster: ``size``, ``similarity`` (the lowest confirmed pair similarity linking it),
    ``members``/``articles`` (the same list: id, title, source, url, published, lang; oldest first)
    and ``sources`` (distinct outlets).
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    pairs = near_duplicate_pairs(_bodies(store), threshold, num_perm)
    clusters = _UnionFind()
    lowest: dict[str, float] = {}
    for a, b, similarity in pairs:
        clusters.union(a, b)
    for a, b, similarity in pairs:
        root = clusters.find(a)
        lowest[root] = min(lowest.get(root, 1.0), similarity)
    groups: dict[str, list[str]] = {}
    for article_id in clusters.parent:
        groups.setdefault(clusters.find(article_id), []).append(article_id)
    ids = [i for members in groups.values() for i in members]
    meta = {}
    if ids:
        for row in store.sql("""SELECT id, title, source, url, published, lang FROM articles
                                WHERE id IN (SELECT unnest(?))""", [ids]):
            meta[row[0]] = dict(zip(("id", "title", "source", "url", "published", "lang"), row))
    out = []
    for root, members in groups.items():
        rows = sorted((meta[i] for i in members if i in meta),
                      key=lambda m: (m["published"] is None, m["published"] or "", m["id"]))
        out.append({"size": len(rows), "similarity": lowest.get(root, 1.0),
                    "sources": sorted({m["source"] for m in rows if m["source"]}),
                    "members": rows, "articles": rows})
    out.sort(key=lambda c: (-c["size"], c["members"][0]["id"] if c["members"] else ""))
    for number, cluster in enumerate(out, start=1):
        cluster["cluster"] = number
    return out
