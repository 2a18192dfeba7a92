"""Who is speaking: quotes, their speakers, the voice of every paragraph and technique span.

A rule-based component (quote-mark pairing, per-language cue-verb lexicons, name and title
patterns, pronoun/surname/title coreference within the article); see ``quotes.py`` for the rules
and ``lexicon.py`` for the word lists. No model files and no NLP library: it runs anywhere the
rest of spinscope runs, and every decision can be traced to a rule.
"""

from spinscope.attribution.component import AttributionPrediction, annotate, attribute, predict

__all__ = ["AttributionPrediction", "annotate", "attribute", "predict"]
