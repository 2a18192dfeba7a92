"""The learned speaker choice (attribution/speaker_choice.py): trained on the development gold files by
scripts/train_speaker_choice.py, shipped beside the module, and allowed to change only the speakers of
quotes whose cue has no speaker phrase."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from spinscope.attribution.component import predict
from spinscope.attribution.speaker_choice import WEIGHTS, SpeakerRanker, default_choice

ROOT = Path(__file__).resolve().parent.parent


def _train_script():
    spec = importlib.util.spec_from_file_location("train_speaker_choice", ROOT / "scripts" / "train_speaker_choice.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_loads_once_and_only_reassigns_quotes_without_a_speaker_phrase():
    model = default_choice()
    assert WEIGHTS.exists() and model is default_choice()
    assert model.scope == "no-subject" and model.margin == 0.0
    assert len(model.names) == len(model.weights) == len(model.mean) == len(model.scale)
    # a quote whose cue has a speaker phrase is never in the model's hands, whatever the scores
    feats = [{"is_none": 1.0, "none_x_has_subject": 1.0}, {"is_rules": 1.0}, {"kind_person": 1.0}]
    assert model.pick(feats) == 1


def test_the_speaker_choice_trains_saves_and_reloads(semeval_root, tmp_path):
    script = _train_script()
    rows = script.build_rows(script.dev_gold_files()[:10], semeval_root)
    assert rows and all(sum(f.get("is_rules", 0) for f in r["feats"]) == 1 for r in rows)
    ranker = script.fit(rows)
    ranker.scope, ranker.margin = "no-subject", 0.0
    ranker.save(tmp_path / "speaker_choice.json")
    loaded = SpeakerRanker.load(tmp_path / "speaker_choice.json")
    for r in rows:
        assert [loaded.score(f) for f in r["feats"]] == pytest.approx([ranker.score(f) for f in r["feats"]])
        assert loaded.pick(r["feats"]) == ranker.pick(r["feats"])
    # trained on these quotes, it picks the gold speaker at least as often as the rules do on them
    learned = sum(r["labels"][ranker.pick(r["feats"], scope="all")] for r in rows)
    rules = sum(r["labels"][r["rules"]] for r in rows)
    assert learned >= rules


def test_the_choice_changes_speakers_only_where_the_cue_names_nobody(semeval_root):
    script = _train_script()
    from spinscope.attribution.evaluate import load_gold_file, semeval_article
    text_of = semeval_article(semeval_root)
    changed = 0
    for path in script.dev_gold_files()[:40]:
        _, article = load_gold_file(path, text_of)
        rules, learned = predict(article, learned_speakers=False), predict(article)
        assert [(q.pieces, q.kind, q.cue) for q in rules.quotes] == [(q.pieces, q.kind, q.cue) for q in learned.quotes]
        for r, q in zip(rules.quotes, learned.quotes):
            if (r.speaker and r.speaker.name) != (q.speaker and q.speaker.name):
                changed += 1
                assert q.cue is None or q.cue not in learned.subjects
                assert q.cue is None or q.cue not in learned.unnamed_cues
    assert changed > 0  # the model is in use


def test_the_weak_subject_scope_reaches_pronoun_speaker_phrases_only():
    from spinscope.attribution.speaker_choice import SCOPES, decide
    assert SCOPES[:2] == ("all", "no-subject") and "weak-subject" in SCOPES
    scores = lambda: [0.0, 0.0, 5.0]  # the third candidate beats the rules' (index 1)
    named = [{"is_none": 1.0, "none_x_has_subject": 1.0}, {"is_rules": 1.0}, {"kind_person": 1.0}]
    pronoun = [{"is_none": 1.0, "none_x_has_subject": 1.0, "none_x_subject_is_pronoun": 1.0}, {"is_rules": 1.0},
               {"kind_person": 1.0}]
    bare = [{"is_none": 1.0}, {"is_rules": 1.0}, {"kind_person": 1.0}]
    assert [decide(scores, f, 1, 0.0, "weak-subject") for f in (named, pronoun, bare)] == [1, 2, 2]
    assert [decide(scores, f, 1, 0.0, "no-subject") for f in (named, pronoun, bare)] == [1, 1, 2]
    assert [decide(scores, f, 1, 0.0, "all") for f in (named, pronoun, bare)] == [2, 2, 2]
    assert decide(scores, pronoun, 1, None, "weak-subject") == 1


def test_the_weak_subject_scope_lists_quotes_with_no_or_a_pronoun_speaker_phrase(semeval_root):
    script = _train_script()
    from spinscope.attribution.evaluate import load_gold_file, semeval_article
    from spinscope.attribution.lexicon import lexicon_for
    from spinscope.attribution.speaker_choice import quote_candidates
    text_of = semeval_article(semeval_root)
    counts = {"all": 0, "no-subject": 0, "weak-subject": 0}
    for path in script.dev_gold_files()[:40]:
        _, article = load_gold_file(path, text_of)
        pred = predict(article, learned_speakers=False)
        lex = lexicon_for(article.meta.lang)
        paragraphs = [(p.start, p.end) for p in article.paragraphs]
        titles = frozenset(i for i, p in enumerate(article.paragraphs) if p.label == "title")
        every = quote_candidates(article.text, lex.lang, lex, paragraphs, titles, pred, "all")
        by_scope = {s: quote_candidates(article.text, lex.lang, lex, paragraphs, titles, pred, s) for s in counts}
        for scope, listed in by_scope.items():
            counts[scope] += len(listed)
            # the same quotes and features as the full list, filtered by the decision's own test
            inside = [(q, f) for q, _, f in every if not (f[0].get("none_x_has_subject") and (
                scope == "no-subject" or scope == "weak-subject" and not f[0].get("none_x_subject_is_pronoun")))]
            assert [(id(q), f) for q, _, f in listed] == [(id(q), f) for q, f in inside]
    assert counts["no-subject"] < counts["weak-subject"] < counts["all"]


def test_the_cv_comparison_can_be_restricted_to_named_files(capsys):
    script = _train_script()
    assert script.read_subset("en_1 fr_2.json,\n tests/gold/attribution/ge_3.json") == {"en_1", "fr_2", "ge_3"}
    import numpy as np
    # four quotes in three files; the rules are right on the first two, the learned choice on the last three
    rows = [{"article": a, "lang": lang, "labels": [i < 2, i >= 2], "rules": 0}
            for i, (a, lang) in enumerate([("en_1", "en"), ("en_1", "en"), ("fr_2", "fr"), ("ru_9", "ru")])]
    ok = {"learned": np.array([False, True, True, True])}
    script.report_subset(rows, ok, np.array([0, 0, 1, 2]), 3, {"en_1", "fr_2", "ge_3"})
    out = capsys.readouterr().out
    assert "subset: 3 files named, 2 with matched quotes, 3 quotes" in out
    right = next(line for line in out.splitlines() if line.startswith("learned ") and "0." not in line)
    assert right.split()[2:5] == ["2", "1", "1"]  # all, en, fr: the fourth quote (ru_9) is left out
    assert "(fixes 1, breaks 1)" in out
