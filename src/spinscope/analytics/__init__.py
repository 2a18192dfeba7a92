"""Corpus analytics over the store: statistics by group, charts, near-duplicate clusters."""

from spinscope.analytics.dupes import find_duplicates
from spinscope.analytics.stats import GROUPINGS, corpus_stats

__all__ = ["GROUPINGS", "corpus_stats", "find_duplicates"]
