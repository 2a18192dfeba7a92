"""The attribution component: ``predict(article)`` is pure, ``annotate`` writes span layers.

Layers written by :func:`annotate` (all spans lie inside one paragraph, as ``add_spans`` requires):

- ``quotes``: one span per paragraph piece of a quote, label = kind, attrs ``quote`` (the quote's
  id, shared by the pieces of a quote run over several paragraphs), ``part``/``parts``,
  ``speaker`` (entity id or None), ``cue_start``/``cue_end``;
- ``quote_cues``: the cue words, label = the quote id;
- ``entity_mentions``: every mention (names, surnames, pronouns and descriptions that speak),
  label = entity id, attrs ``name``, ``title``, ``kind``;
- ``voice``/``speaker`` attrs on every technique span and every paragraph.

The report (``report/build.py``) rebuilds quotes, speakers and entities from these layers, so a
saved article carries everything and nothing is stored twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spinscope.attribution.lexicon import common_words, lexicon_for
from spinscope.attribution.morphology import inflect_nouns
from spinscope.attribution.quotes import (ADVERB_SUFFIXES, GERUND_ENDINGS, OPENING_PARTICIPLE_ENDINGS, Quote,
                                          QuoteFinder)
from spinscope.attribution.speaker_choice import default_choice
from spinscope.attribution.speakers import NAME_ARTICLES, Entity, EntityRegistry, bare, country_of, is_agency_word
from spinscope.attribution.text import Token, find_stretches, single_quoted_paragraphs, split_sentences, tokenize
from spinscope.attribution.voice import voice_of
from spinscope.document import Article, Span

QUOTES_LAYER = "quotes"
CUES_LAYER = "quote_cues"
MENTIONS_LAYER = "entity_mentions"
TECHNIQUES_LAYER = "techniques"


@dataclass
class AttributionPrediction:
    """Quotes and entities of one article (offsets into ``article.text``)."""

    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    # each cue's speaker phrase as the rules read it (character ranges, by the cue's range), the cues whose
    # speaker the rules left empty on purpose, and the sentences: read by the learned speaker choice
    # (speaker_choice.py), not by the rules
    subjects: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict, repr=False, compare=False)
    sentences: list[tuple[int, int]] = field(default_factory=list, repr=False, compare=False)
    unnamed_cues: set[tuple[int, int]] = field(default_factory=set, repr=False, compare=False)

    @property
    def speakers(self) -> list[Entity]:
        ids = {q.speaker.id for q in self.quotes if q.speaker is not None}
        return [e for e in self.entities if e.id in ids]


def _paragraph_ranges(article: Article) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in article.paragraphs]


def predict(article: Article, *, learned_speakers: bool = True) -> AttributionPrediction:
    """Find the quotes of ``article``, their cues and speakers, and the entities it names.

    ``learned_speakers=False`` leaves every speaker as the rules chose it (the training script of the
    learned speaker choice, ``scripts/train_speaker_choice.py``, learns from those)."""
    text = article.text
    lex = lexicon_for(article.meta.lang)
    paragraphs = _paragraph_ranges(article)
    stretches = find_stretches(text, paragraphs)
    stretches += [st for st in single_quoted_paragraphs(text, paragraphs)
                  if not any(o.open_mark <= st.open_mark < o.outer_end for o in stretches)]
    stretches.sort(key=lambda st: st.open_mark)
    registry = EntityRegistry(text, lex)
    words = ArticleWords(text)
    # known before the names are read, so a name inside quotes never renames a speaker
    registry.quoted = lambda offset: any(a <= offset < b for st in stretches for a, b in st.pieces)
    # names first, in reading order, so a pronoun or surname can find who carried it before;
    # a title-case headline only adds mentions of names the body introduces
    titles = [i for i, p in enumerate(article.paragraphs) if p.label == "title"]
    # each paragraph is split and tokenized once: the quote finder reads the same sentences
    split = {i: [(a, b, tokenize(text, a, b)) for a, b in split_sentences(text, p_start, p_end, stretches)]
             for i, (p_start, p_end) in enumerate(paragraphs)}
    for i in [i for i in range(len(paragraphs)) if i not in titles] + titles:
        for _, _, tokens in split[i]:
            for a, b in registry.name_runs(tokens):
                if a == 0 and _inflected_opener(tokens[0].text, lex.lang):
                    if b - a == 1:
                        continue  # "Attaqué sur ...", "Erstaunlicherweise": a participle or an adverb, no name
                    a += 1  # "Accusant | Marine ...": the gerund opens the sentence, the name follows
                if a == 0 and b - a == 1 and (_common_word(words, tokens[0].text, lex.lang)
                                              or tokens[0].text.lower().endswith("mente") and len(tokens[0].text) > 6):
                    continue  # "About 30 senators...": a capitalised first word, not a name
                if a == 0 and b - a >= 2 and tokens[0].text not in NAME_ARTICLES and not tokens[0].text.isupper() \
                        and not registry.is_title(tokens[0]) and bare(tokens[0].text) not in lex.role_forms \
                        and tokens[0].lower in common_words(lex.lang) \
                        and not _written_inside(text, tokens[a:b]):
                    a += 1  # "Kariera | Silvio Berlusconiego", "Soon | Trump": a common word opens the sentence
                outlet_end = _outlet_before_name(tokens, a, b, lex.lang, registry)
                if outlet_end is not None:
                    # "oznajmiła portalowi Verificat | Adelaida Sarukhan", "dla POLITICO | Berlusconi": the medium
                    # spoken to, then the speaker
                    registry.add_name(tokens[a:outlet_end], create=i not in titles)
                    a = outlet_end
                if lex.lang == "de" and b - a == 2 and not tokens[a].is_capitalised and registry.is_title(tokens[a]) \
                        and not tokens[a + 1].text.isupper() and not country_of(tokens[a + 1].text):
                    continue  # "den russischen Flugzeugen": a lowercase adjective and a German noun
                if lex.lang == "de" and b - a == 1 and not tokens[a].text.isupper() \
                        and not country_of(tokens[a].text):
                    continue  # German capitalises every noun: one word alone is rarely a name
                registry.add_name(tokens[a:b], create=i not in titles)
    finder = QuoteFinder(text, paragraphs, lex, stretches, registry, frozenset(titles), split)
    quotes = finder.run()
    entities = [e for e in registry.entities if e.mentions]
    sentences = sorted((a, b) for i in split for a, b, _ in split[i])
    prediction = AttributionPrediction(quotes, entities, finder.subjects, sentences, finder.unnamed_cues)
    choice = default_choice() if learned_speakers else None
    if choice is not None:
        # where the cue has no speaker phrase, a model trained on the development gold files picks among the
        # article's entities (speaker_choice.py); quotes and cues stay the rules'
        choice.choose(text, lex.lang, lex, paragraphs, frozenset(titles), prediction)
    _renumber(entities, quotes)
    return prediction


_WORD = re.compile(r"\w+")


class ArticleWords:
    """Which strings occur in an article as whole words (not inside a longer word).

    Built once per article: a string of word characters occurs as a whole word exactly when it is
    one of the article's maximal runs of word characters, so one ``findall`` answers every such
    question; any other string (an apostrophe, a hyphen) falls back to the boundary regex, cached.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._runs: set[str] | None = None
        self._other: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        if _WORD.fullmatch(word):
            if self._runs is None:
                self._runs = set(_WORD.findall(self.text))
            return word in self._runs
        if word not in self._other:
            self._other[word] = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", self.text) is not None
        return self._other[word]


def _inflected_opener(word: str, lang: str) -> bool:
    """A sentence-initial gerund, participle or adverb by its ending ("Accusant", "Attaqué", "Avendo",
    "Erstaunlicherweise"): capitalised only because it opens the sentence."""
    low = word.lower()
    endings = (GERUND_ENDINGS.get(lang, ()) + OPENING_PARTICIPLE_ENDINGS.get(lang, ())
               + tuple(e for e in ADVERB_SUFFIXES.get(lang, ()) if len(e) > 2))
    return len(low) > 6 and low.endswith(endings) and not word.isupper()


# nouns for a medium whose one-word name may stand right before a speaker's name ("w rozmowie z portalem Vox
# Jakow Feygin", "рассказал изданию РБК Иван Петров"); their case forms are generated
MEDIUM_NOUNS = {"en": "website magazine newspaper outlet channel broadcaster",
                "fr": "journal quotidien hebdomadaire magazine site chaîne radio",
                "it": "quotidiano giornale settimanale rivista sito portale emittente canale",
                "pl": "portal serwis gazeta dziennik tygodnik telewizja stacja radio rozgłośnia agencja magazyn",
                "ru": "издание газета телеканал агентство журнал радиостанция портал сайт"}


@lru_cache(maxsize=None)
def _medium_forms(lang: str) -> frozenset[str]:
    return inflect_nouns(lang, frozenset(MEDIUM_NOUNS.get(lang, "").split()))


def _outlet_before_name(tokens: list[Token], a: int, b: int, lang: str, registry: EntityRegistry) -> int | None:
    """Where a medium's one-word name ends and a person's name begins inside the capitalised run ``[a, b)``:
    after a medium noun ("portalowi Verificat | Adelaida Sarukhan"), or an acronym in capitals before a name
    in ordinary case ("POLITICO | Berlusconi"); None when the run is one name."""
    if b - a >= 3 and a > 0 and tokens[a - 1].lower in _medium_forms(lang) \
            and all(registry.is_name_word(t) and not registry.is_title(t) for t in tokens[a + 1:b]):
        return a + 1
    first = tokens[a]
    if b - a >= 2 and len(first.text) >= 3 and first.text.isalpha() and first.text.isupper() \
            and not country_of(first.text) and not registry.is_title(first) \
            and all(t.text[:1].isupper() and not t.text.isupper() and registry.is_name_word(t)
                    and not registry.is_title(t) and t.lower not in registry.lex.org_words
                    and t.lower not in lexicon_for("en").org_words for t in tokens[a + 1:b]) \
            and not all(t.lower in common_words(lang) for t in tokens[a + 1:b]) \
            and not all(is_agency_word(tokens, k) for k in range(a + 1, b)):  # ("BBC News", "РИА Новости" anywhere)
        return a + 1  # (but "UMC Quick Care": words the language writes in lower case are a body's, no person's name)
    return None


_WORD_BEFORE = re.compile(r"([^\W\d_]+),?\s+$")


def _written_inside(text: str, run: list[Token]) -> bool:
    """The run's words also stand together inside a sentence (after a lower-case word): "Bill Clinton"
    opening one sentence is still "Bill Clinton" when another reads "... said Bill Clinton"."""
    phrase = text[run[0].start:run[-1].end]
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if end == len(text) or not text[end].isalnum():
            before = _WORD_BEFORE.search(text, max(0, at - 40), at)
            if before is not None and before.group(1).islower():
                return True
        at = text.find(phrase, at + 1)
    return False


def _common_word(words: ArticleWords, word: str, lang: str) -> bool:
    """The word also occurs in lower case in this article or is common in the language's corpus:
    a sentence-initial common word."""
    low = word.lower()
    return low != word and (low in words or low in common_words(lang))


def _renumber(entities: list[Entity], quotes: list[Quote]) -> None:
    """Ids in order of first mention, speakers first: S1, S2 ... then E1, E2 ..."""
    speakers = {id(q.speaker) for q in quotes if q.speaker is not None}
    ordered = sorted(entities, key=lambda e: e.mentions[0])
    s = e = 0
    for entity in ordered:
        if id(entity) in speakers:
            s += 1
            entity.id = f"S{s}"
        else:
            e += 1
            entity.id = f"E{e}"
    entities.sort(key=lambda x: (x.id[0] != "S", int(x.id[1:])))


def annotate(article: Article, prediction: AttributionPrediction) -> None:
    """Write the prediction into ``article``'s span layers and voice attributes."""
    quote_spans, cue_spans = [], []
    for qi, q in enumerate(prediction.quotes, 1):
        qid = f"Q{qi}"
        speaker = q.speaker.id if q.speaker is not None else None
        for part, (a, b) in enumerate(q.pieces):
            quote_spans.append(Span(a, b, q.kind, attrs={
                "quote": qid, "part": part, "parts": len(q.pieces), "speaker": speaker,
                "cue_start": q.cue[0] if q.cue else None, "cue_end": q.cue[1] if q.cue else None}))
        if q.cue is not None:
            cue_spans.append(Span(q.cue[0], q.cue[1], qid))
    mention_spans = [Span(a, b, e.id, attrs={"name": e.name, "title": e.title, "kind": e.kind})
                     for e in prediction.entities for a, b in e.mentions]
    for layer in (QUOTES_LAYER, CUES_LAYER, MENTIONS_LAYER):
        article.spans.pop(layer, None)
    article.add_spans(QUOTES_LAYER, quote_spans)
    article.add_spans(CUES_LAYER, cue_spans)
    article.add_spans(MENTIONS_LAYER, mention_spans)
    pieces = [(span.start, span.end, span.attrs["speaker"]) for span in quote_spans]
    if TECHNIQUES_LAYER in article.spans:
        article.spans[TECHNIQUES_LAYER] = [
            span.with_attrs(**voice_of(span.start, span.end, pieces, whole_span=True))
            for span in article.spans[TECHNIQUES_LAYER]]
    article.paragraphs = tuple(p.with_attrs(**voice_of(p.start, p.end, pieces, text=article.text))
                               for p in article.paragraphs)


def attribute(article: Article) -> AttributionPrediction:
    """Predict and annotate in one call (what the pipeline runs)."""
    prediction = predict(article)
    annotate(article, prediction)
    return prediction
