"""The learned speaker choice: among the rules' candidates, which entity speaks a quote whose cue has no
speaker phrase.

The rules (``quotes.py``) read a quote's speaker from its cue's speaker phrase when there is one ("Peskov
said"); when there is none (no cue, or a cue whose frame found no subject: "..., he went on", a quote
paragraph after "... saying:") they fall back on a chain of heuristics, right about 70% of the time on the
development gold files against 90% elsewhere. There a model trained on the development gold files
(``scripts/train_speaker_choice.py``) picks the speaker instead, unless the rules decided on purpose that
nobody speaks (a plural verb with no subject, a relative clause with no antecedent: ``unnamed_cues``).

Describes every candidate speaker of a quote (the prediction's entities and "no speaker") by its position
relative to the quote and its cue (distances in characters, words, sentences and paragraphs; the cue's
speaker phrase as the rules read it, ``AttributionPrediction.subjects``; of-phrases and possessives next to
its mentions; the speakers of the neighbouring quotes) and by the form of its name, never by the words
themselves. ``SpeakerRanker`` is a conditional logit model (one weight per feature, the candidates of a
quote compete in a softmax), saved as JSON (feature names, standardisation, weights, scope, margin,
version).
"""

from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spinscope.attribution.lexicon import Lexicon

VERSION = 1
WEIGHTS = Path(__file__).with_name("speaker_choice.json")
KINDS = ("direct", "indirect", "mixed")
ENTITY_KINDS = ("person", "organisation", "country", "other")
LANGS = ("en", "fr", "de", "it", "pl", "ru")
FAR = 3000  # characters standing for "no mention on this side"
# prepositions and articles that open an of-phrase after a role noun ("the press attaché of Marine Le Pen")
OF_WORDS = frozenset("""of de des du d' d’ della del dello dei degli delle di dell' dell’ der des von vom
                     dla""".split())
POSSESSIVE = re.compile(r"^['’]s?\b")
_WORD = re.compile(r"\w+")
_LAST_WORD = re.compile(r"(\S+)\s*$")
_SENTENCE_BREAK = re.compile(r"[.!?;]\s")


def _words(s: str) -> list[str]:
    return _WORD.findall(s.lower())


def _logd(d: float) -> float:
    return math.log1p(max(0.0, min(d, FAR)))


class _View:
    """Offsets of one article: paragraphs, sentences, quotes' pieces."""

    def __init__(self, text: str, paragraphs, titles, sentences) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.titles = titles
        self._p = [a for a, _ in paragraphs]
        self.sentences = sentences or [(0, len(text))]
        self._s = [a for a, _ in self.sentences]

    def para(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._p, pos) - 1)

    def sent(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._s, pos) - 1)

    def gap_words(self, a: int, b: int) -> int | None:
        """Words between a and b, or None when a sentence or paragraph break lies between."""
        if b < a or b - a > 400:
            return None
        gap = self.text[a:b]
        if "\n" in gap or _SENTENCE_BREAK.search(gap):
            return None
        return len(_WORD.findall(gap))


def _word_before(text: str, pos: int) -> str:
    m = _LAST_WORD.search(text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


_STOP: dict[str, frozenset[str]] = {}


def _stop_words(lex: Lexicon) -> frozenset[str]:
    if lex.lang not in _STOP:
        _STOP[lex.lang] = frozenset(lex.stop_capitalised | set(lex.pronouns) | lex.determiners)
    return _STOP[lex.lang]


def _pronoun_subject(text: str, subject: tuple[int, int], lex: Lexicon) -> bool:
    """The cue's speaker phrase is a single pronoun ("he said", "ha aggiunto lui")."""
    words = _words(text[subject[0]:subject[1]])
    return len(words) == 1 and words[0] in lex.pronouns


def quote_candidates(text: str, lang: str, lex: Lexicon, paragraphs, titles, prediction,
                     scope: str = "all") -> list[tuple]:
    """Per quote of ``prediction`` (in ``scope``: all; those whose cue has no speaker phrase; or those whose
    cue has no speaker phrase or only a pronoun, "weak-subject"): (quote, candidates, feature dicts);
    candidates[0] is None ("no speaker")."""
    quotes = prediction.quotes
    if scope == "no-subject" and all(q.cue is not None and q.cue in prediction.subjects for q in quotes):
        return []  # every cue has its speaker phrase: nothing to choose, no features to compute
    if scope == "weak-subject" and all(q.cue is not None and q.cue in prediction.subjects
                                       and not _pronoun_subject(text, prediction.subjects[q.cue], lex)
                                       for q in quotes):
        return []  # every cue has a speaker phrase naming more than a pronoun
    view = _View(text, paragraphs, titles, prediction.sentences)
    stop = _stop_words(lex)
    person_pronouns = {w for w, k in lex.pronouns.items() if k == "person"}
    # per entity: name-form features (the same for every quote)
    name_f = {}
    text_words = set(_WORD.findall(text))  # a one-word name written in lower case elsewhere: a common word
    for e in prediction.entities:
        name = e.name
        words = name.split()
        low = _words(name)
        f = {f"kind_{k}": float(e.kind == k) for k in ENTITY_KINDS}
        f["has_title"] = float(bool(e.title))
        f["single_word"] = float(len(words) == 1)
        f["name_words"] = float(min(len(words), 6))
        f["all_caps"] = float(name.isupper() and len(name) > 1)
        f["name_has_stop_word"] = float(any(w in stop for w in low))
        f["name_is_description"] = float(e.key.startswith("desc:") or not name[:1].isupper())
        f["name_lowercase_elsewhere"] = float(len(words) == 1 and name[:1].isupper() and (
            name.lower() in text_words if _WORD.fullmatch(name) else re.search(
                rf"(?<!\w){re.escape(name.lower())}(?!\w)", text) is not None))
        f["named_in_quotes"] = float(bool(getattr(e, "named_in_quotes", False)))
        f["gender_known"] = float(e.gender is not None)
        f["in_title"] = float(any(view.para(m[0]) in titles for m in e.mentions))
        f["first_mention_rel"] = e.mentions[0][0] / max(1, len(text)) if e.mentions else 1.0
        f["log_speaker_count"] = math.log1p(sum(q.speaker is e for q in quotes))
        # the mentions' neighbours: an of-phrase or a possessive makes a name part of a description
        after_of = possessive = 0
        for a, b in e.mentions:
            after_of += _word_before(text, a) in OF_WORDS
            possessive += bool(POSSESSIVE.match(text[b:b + 3]))
        f["share_after_of"] = after_of / max(1, len(e.mentions))
        f["share_possessive"] = possessive / max(1, len(e.mentions))
        name_f[id(e)] = f
    out = []
    for qi, q in enumerate(quotes):
        subject = prediction.subjects.get(q.cue) if q.cue else None
        if scope == "no-subject" and subject is not None:
            continue
        if scope == "weak-subject" and subject is not None and not _pronoun_subject(text, subject, lex):
            continue
        cands = list(prediction.entities)
        if q.speaker is not None and all(c is not q.speaker for c in cands):
            cands.append(q.speaker)
        cue_a, cue_b = q.cue if q.cue else (q.start, q.start)
        s_cue, p_cue, p_q = view.sent(cue_a), view.para(cue_a), view.para(q.start)
        prev_sp = quotes[qi - 1].speaker if qi > 0 else None
        next_sp = quotes[qi + 1].speaker if qi + 1 < len(quotes) else None
        para_sp = {id(o.speaker) for o in quotes if o is not q and o.speaker is not None
                   and view.para(o.start) == p_q}
        qf = {f"kind_{k}": float(q.kind == k) for k in KINDS}
        qf.update({f"lang_{l}": float(lang == l) for l in LANGS})
        qf["has_cue"] = float(q.cue is not None)
        qf["has_subject"] = float(subject is not None)
        qf["rules_none"] = float(q.speaker is None)
        qf["opens_paragraph"] = float(q.start - paragraphs[p_q][0] <= 2) if paragraphs else 0.0
        qf["cue_after_quote"] = float(q.cue is not None and q.cue[0] >= q.start)
        sa, sb = view.sentences[s_cue]
        outside, at = [], sa
        for a, b in q.pieces:
            if b > at and a < sb:
                outside.append(text[at:max(at, a)])
                at = max(at, b)
        outside = " ".join(outside + [text[at:sb]] if at < sb else outside)
        ow = _words(outside)
        qf["pronoun_in_cue_sentence"] = float(any(w in person_pronouns for w in ow))
        subj_words = _words(text[subject[0]:subject[1]]) if subject else []
        qf["subject_is_pronoun"] = float(bool(subject) and _pronoun_subject(text, subject, lex))
        qf["subject_lower_start"] = float(bool(subject) and text[subject[0]:subject[0] + 1].islower())
        qf["subject_names_none"] = float(bool(subject) and not any(
            subject[0] <= m[0] < subject[1] for e in prediction.entities for m in e.mentions))
        qf["subject_words"] = float(min(len(subj_words), 10))
        qf["quote_pieces"] = float(len(q.pieces))
        qf["log_quote_len"] = math.log1p(q.end - q.start)
        # the entity mentions of the cue's sentence outside the quote, before the cue: the first one stands
        # where a clause's subject does
        sent_ms = sorted((m[0], k) for k, e in enumerate(cands) for m in e.mentions
                         if sa <= m[0] < cue_a and not any(a <= m[0] < b for a, b in q.pieces))
        first_in_sentence = id(cands[sent_ms[0][1]]) if sent_ms else None
        last_in_sentence = id(cands[sent_ms[-1][1]]) if sent_ms else None
        feats = [{"is_none": 1.0, "is_rules": float(q.speaker is None),
                  **{f"none_x_{k}": v for k, v in qf.items()}}]
        rows = []
        for e in cands:
            f = dict(name_f.get(id(e)) or {})
            f["is_rules"] = float(e is q.speaker)
            ms = [m for m in e.mentions if not any(a <= m[0] < b for a, b in q.pieces)]
            f["log_in_quote"] = math.log1p(len(e.mentions) - len(ms))
            f["log_mentions"] = math.log1p(len(ms))
            before = [m for m in ms if m[1] <= cue_a]
            after = [m for m in ms if m[0] >= cue_b]
            nb = before[-1] if before else None
            na = after[0] if after else None
            f["log_mentions_before"] = math.log1p(len(before))
            f["d_before_cue"] = _logd(cue_a - nb[1]) if nb else _logd(FAR)
            f["d_after_cue"] = _logd(na[0] - cue_b) if na else _logd(FAR)
            bq = [m for m in ms if m[1] <= q.start]
            aq = [m for m in ms if m[0] >= q.end]
            f["d_before_quote"] = _logd(q.start - bq[-1][1]) if bq else _logd(FAR)
            f["d_after_quote"] = _logd(aq[0][0] - q.end) if aq else _logd(FAR)
            f["sent_before"] = min(s_cue - view.sent(nb[0]), 20) if nb else 20
            f["sent_after"] = min(view.sent(na[0]) - s_cue, 20) if na else 20
            f["para_before"] = min(p_cue - view.para(nb[0]), 10) if nb else 10
            f["para_after"] = min(view.para(na[0]) - p_cue, 10) if na else 10
            f["in_cue_sentence"] = float(any(view.sent(m[0]) == s_cue for m in ms))
            f["in_cue_paragraph"] = float(any(view.para(m[0]) == p_cue for m in ms))
            f["in_quote_paragraph"] = float(any(view.para(m[0]) == p_q for m in ms))
            gb = view.gap_words(nb[1], cue_a) if nb else None
            ga = view.gap_words(cue_b, na[0]) if na else None
            f["adjacent_before_cue"] = float(gb is not None and gb <= 2)
            f["adjacent_after_cue"] = float(ga is not None and ga <= 2)
            f["gap_before_words"] = float(min(gb, 15)) if gb is not None else 16.0
            f["gap_after_words"] = float(min(ga, 15)) if ga is not None else 16.0
            near = [m for m in (nb, na) if m is not None]
            nm = min(near, key=lambda m: min(abs(m[0] - cue_a), abs(m[1] - cue_a))) if near else None
            f["nearest_is_pronoun"] = float(nm is not None and text[nm[0]:nm[1]].lower() in lex.pronouns)
            f["nearest_after_of"] = float(nm is not None and _word_before(text, nm[0]) in OF_WORDS)
            f["nearest_possessive"] = float(nm is not None and bool(POSSESSIVE.match(text[nm[1]:nm[1] + 3])))
            # the cue's speaker phrase as the rules read it
            inside = [m for m in e.mentions if subject and subject[0] <= m[0] and m[1] <= subject[1]]
            f["in_subject"] = float(bool(inside))
            if inside:
                m = inside[-1]
                head = text[subject[0]:m[0]]
                hw = head.split()
                f["subject_ends_with_mention"] = float(subject[1] - m[1] <= 1)
                f["subject_starts_with_mention"] = float(m[0] - subject[0] <= 1)
                f["subject_lower_before"] = float(any(w[:1].islower() for w in hw))
                f["subject_role_before"] = float(any(w.lower().strip(",.") in lex.role_forms for w in hw))
                f["subject_of_before"] = float(_word_before(text, m[0]) in OF_WORDS)
                f["subject_possessive"] = float(bool(POSSESSIVE.match(text[m[1]:m[1] + 3])))
                f["subject_words_after"] = float(min(len(_words(text[m[1]:subject[1]])), 10))
            # a mention opening a sentence (where a subject stands), in the cue's sentence or the one before
            opening = [m for m in ms if view.gap_words(view.sentences[view.sent(m[0])][0], m[0]) in (0, 1)]
            f["opens_cue_sentence"] = float(any(view.sent(m[0]) == s_cue for m in opening))
            f["opens_sentence_before"] = float(any(view.sent(m[0]) == s_cue - 1 for m in opening))
            f["opens_sentence_before_paragraph"] = float(any(view.sent(m[0]) < s_cue and view.para(m[0]) == p_cue
                                                             for m in opening))
            f["in_sentence_before"] = float(any(view.sent(m[0]) == s_cue - 1 for m in ms))
            # the same distances counting only the name's own mentions (the rules add pronouns and descriptions
            # to the entity they chose, which would tell the model their choice twice)
            nms = [m for m in ms if text[m[0]:m[0] + 1].isupper() and text[m[0]:m[1]].lower() not in lex.pronouns]
            nbn = next((m for m in reversed(nms) if m[1] <= cue_a), None)
            f["name_d_before_cue"] = _logd(cue_a - nbn[1]) if nbn else _logd(FAR)
            f["name_sent_before"] = min(s_cue - view.sent(nbn[0]), 20) if nbn else 20
            f["name_para_before"] = min(p_cue - view.para(nbn[0]), 10) if nbn else 10
            f["name_in_cue_sentence"] = float(any(view.sent(m[0]) == s_cue for m in nms))
            f["name_in_cue_paragraph"] = float(any(view.para(m[0]) == p_cue for m in nms))
            f["log_name_mentions"] = math.log1p(len(nms))
            f["first_in_cue_sentence"] = float(first_in_sentence == id(e))
            f["last_before_cue_in_sentence"] = float(last_in_sentence == id(e))
            f["prev_quote_speaker"] = float(prev_sp is e)
            f["next_quote_speaker"] = float(next_sp is e)
            f["paragraph_quote_speaker"] = float(id(e) in para_sp)
            rows.append(f)
        # ranks among the candidates
        order_b = sorted(range(len(rows)), key=lambda i: rows[i]["d_before_cue"])
        order_n = sorted(range(len(rows)), key=lambda i: min(rows[i]["d_before_cue"], rows[i]["d_after_cue"]))
        rank_b = {i: r for r, i in enumerate(order_b)}
        rank_n = {i: r for r, i in enumerate(order_n)}
        persons_b = sorted(rows[i]["d_before_cue"] for i in range(len(rows)) if cands[i].kind == "person")
        persons_nb = sorted(rows[i]["name_d_before_cue"] for i in range(len(rows)) if cands[i].kind == "person")
        order_nb = sorted(range(len(rows)), key=lambda i: rows[i]["name_d_before_cue"])
        rank_nb = {i: r for r, i in enumerate(order_nb)}
        for i, f in enumerate(rows):
            f["rank_before"] = float(min(rank_b[i], 10))
            f["rank_nearest"] = float(min(rank_n[i], 10))
            f["name_rank_before"] = float(min(rank_nb[i], 10))
            f["name_nearer_person_before"] = float(min(bisect.bisect_left(persons_nb, f["name_d_before_cue"]), 5))
            f["name_first_person_before"] = float(f["kind_person"] and f["name_nearer_person_before"] == 0
                                                  and f["name_d_before_cue"] < _logd(FAR))
            f["nearer_person_before"] = float(min(bisect.bisect_left(persons_b, f["d_before_cue"]), 5))
            for k in ("kind_person", "kind_country", "kind_organisation", "kind_other", "name_is_description",
                      "single_word", "name_lowercase_elsewhere", "name_has_stop_word", "in_subject",
                      "subject_lower_before", "subject_of_before", "subject_possessive", "nearest_after_of",
                      "nearest_possessive", "log_in_quote", "first_in_cue_sentence", "adjacent_after_cue",
                      "opens_cue_sentence"):
                f[f"rules_x_{k}"] = f["is_rules"] * f.get(k, 0.0)
            for k, v in qf.items():
                if k.startswith(("kind_", "lang_")) and v:
                    f[f"rules_x_q{k}"] = f["is_rules"]
            f["person_x_pronoun_sentence"] = f["kind_person"] * qf["pronoun_in_cue_sentence"]
            for k in ("subject_is_pronoun", "subject_lower_start", "subject_names_none", "has_subject", "has_cue"):
                f[f"rules_x_q{k}"] = f["is_rules"] * qf[k]
                f[f"person_x_q{k}"] = f["kind_person"] * qf[k]
            f["first_person_before"] = float(f["kind_person"] and f["nearer_person_before"] == 0
                                             and f["d_before_cue"] < _logd(FAR))
            feats.append(f)
        out.append((q, [None] + cands, feats))
    return out


def decide(scores, feats: list[dict[str, float]], rules: int, margin: float | None, scope: str) -> int:
    """The decision shared by the shipped model and the training script's cross-validation: the rules'
    candidate (index ``rules``) when the quote is out of ``scope`` or no candidate beats it by ``margin``,
    else the best-scored one (the first on ties). ``scores`` is a callable giving the candidates' scores,
    so a quote left to the rules is never scored."""
    if margin is None or scope == "no-subject" and feats[0].get("none_x_has_subject"):
        return rules
    if scope == "weak-subject" and feats[0].get("none_x_has_subject") and not feats[0].get("none_x_subject_is_pronoun"):
        return rules  # a speaker phrase naming more than a pronoun: the rules read it
    scores = list(scores())
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    return rules if scores[best] - scores[rules] < margin else best


# which quotes the model may reassign: all; those whose cue has no speaker phrase; those whose cue has no speaker
# phrase or only a pronoun ("he said": which earlier speaker "he" is, is a coreference choice)
SCOPES = ("all", "no-subject", "weak-subject")


@dataclass
class SpeakerRanker:
    """Feature names, their standardisation and weights; the quotes the model may reassign (``scope``) and
    the margin by which its choice must beat the rules' own to replace it (None: never)."""

    names: list[str]
    mean: list[float]
    scale: list[float]
    weights: list[float]
    margin: float | None = 0.0
    scope: str = "all"
    version: int = VERSION
    info: dict | None = None

    @classmethod
    def load(cls, path: Path) -> SpeakerRanker:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("version") != VERSION:
            raise ValueError(f"{path}: speaker ranker version {data.get('version')}, expected {VERSION}")
        return cls(data["names"], data["mean"], data["scale"], data["weights"], data.get("margin", 0.0),
                   data.get("scope", "all"), data["version"], data.get("info"))

    def save(self, path: Path) -> None:
        data = {"version": self.version, "margin": self.margin, "scope": self.scope, "info": self.info or {},
                "names": self.names, "mean": self.mean, "scale": self.scale, "weights": self.weights}
        Path(path).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    def __post_init__(self) -> None:
        # the standardisation folded into the weights: score = base + sum(coef[name] * value)
        self._coef = {n: w / s for n, s, w in zip(self.names, self.scale, self.weights)}
        self._base = -sum(w * m / s for m, s, w in zip(self.mean, self.scale, self.weights))

    def score(self, f: dict[str, float]) -> float:
        coef = self._coef
        return self._base + sum(coef[n] * v for n, v in f.items() if v and n in coef)

    def pick(self, feats: list[dict[str, float]], margin: float | None | str = "own", scope: str | None = None) -> int:
        """Index of the chosen candidate: the best-scored one, unless the quote is out of scope or the rules'
        own choice scores within the margin of it."""
        rules = next((i for i, f in enumerate(feats) if f.get("is_rules")), 0)
        margin = self.margin if margin == "own" else margin
        return decide(lambda: [self.score(f) for f in feats], feats, rules, margin, scope or self.scope)

    def choose(self, text: str, lang: str, lex: Lexicon, paragraphs, titles, prediction) -> None:
        """Replace each quote's speaker by the model's choice."""
        if self.margin is None:
            return
        for q, cands, feats in quote_candidates(text, lang, lex, paragraphs, titles, prediction, self.scope):
            if q.cue is not None and q.cue in prediction.unnamed_cues:
                continue  # the rules decided nobody speaks ("заключили в ответ": a plural verb with no subject)
            q.speaker = cands[self.pick(feats)]


@lru_cache(maxsize=1)
def default_choice() -> SpeakerRanker | None:
    """The shipped model (``speaker_choice.json`` beside this module), loaded once; None when it is absent."""
    return SpeakerRanker.load(WEIGHTS) if WEIGHTS.exists() else None
