"""Train the learned speaker choice (``src/spinscope/attribution/speaker_choice.py``) and write its weights.

    SPINSCOPE_DATA=/work/shared/data python scripts/train_speaker_choice.py --cv [--seed N]   # ~1.5 min
    SPINSCOPE_DATA=/work/shared/data python scripts/train_speaker_choice.py               # train, write the shipped JSON
    SPINSCOPE_DATA=/work/shared/data python scripts/train_speaker_choice.py --evaluate FOLDER  # totals only
    ... --cv --margins 0 --no-nested --subset NAMES_FILE [--seed N]  # ~3 min; also the named files' totals

Only gold files whose ``"split"`` is ``"dev"`` are trained on or cross-validated (the split field is read
first). Rows: every dev gold quote matched by a predicted quote (evaluate.py's matching, any kind);
candidates: the prediction's entities plus "no speaker" (``speaker_choice.quote_candidates``),
labelled by the gold speaker's names (evaluate.py's ``_norm``); quotes with no correct candidate are left
out of training and count wrong for both systems. Features describe position and syntax, not words:
distances from the cue and the quote to each candidate's nearest mention (characters, words, sentences,
paragraphs; all mentions and name mentions only), mention in the cue's sentence/paragraph, adjacent to the
cue, first in the cue's sentence, opening a sentence, inside the quote; the cue's speaker phrase as the
rules read it (``AttributionPrediction.subjects``: candidate inside it, at its start or end, after a
lowercase word, a role noun, an of-word or before a possessive); of-phrases and possessives next to the
mentions; the rules' speakers of the previous, next and same-paragraph quotes; kind, title, name form;
language and quote kind (through "no speaker" and the rules' choice); the rules' choice itself. Model:
conditional logit (softmax over a quote's candidates, L2, C=1, L-BFGS from zeros: deterministic), saved
as JSON (names, standardisation, weights, scope, margin, version); a train-save-reload gives identical
scores and choices. ``--cv``: 5-fold GroupKFold by file, rules and learned choice on the same folds.

Measured 2 December 2026 on the 200 dev files (2,092 matched quotes; rules 1,792 correct, 0.857; oracle,
a correct candidate exists, 0.969), rules of f54e1c5:

    speaker accuracy (default folds)      all     en     fr     ge     it     po     ru
    quotes                               2092   1125    192    145    200    225    205
    rules                               0.857  0.895  0.792  0.800  0.785  0.844  0.829
    learned, every quote, argmax        0.861  0.885  0.786  0.841  0.820  0.876  0.839
    learned, every quote, margin 1      0.863  0.890  0.797  0.828  0.830  0.867  0.834
    learned, no speaker phrase, argmax  0.867  0.900  0.797  0.821  0.835  0.858  0.824
    learned, nested choice              0.864  0.899  0.797  0.828  0.820  0.853  0.820

    difference to the rules in quotes (fixed - broken), per fold assignment: default, --seed 1, 2, 3
    every quote, argmax                 +10 (57-47)   +4 (58-54)    +9 (55-46)    +16 (56-40)
    no speaker phrase, argmax           +22 (36-14)  +24 (39-15)   +20 (34-14)    +22 (35-13)
                                        = +0.0105     +0.0115       +0.0096        +0.0105
    nested (scope and margin chosen     +16 (29-13)  +24 (37-13)   +22 (31-9)     +18 (28-10)
      by a 4-fold inner CV)             = +0.0076     +0.0115       +0.0105        +0.0086

The model only helps where the rules had no syntax to go on. Over every quote it gains +0.002 to
+0.008 and loses English (-0.006 to -0.010: it overrules subjects the English rules read right). Kept
to the quotes whose cue has no speaker phrase (no cue, or a cue whose frame found no subject; 447 of the
2,092 quotes, where the rules are right 70% of the time against 90% elsewhere) it gains +0.0096 to
+0.0115 (per language, default folds: en +0.005, fr +0.005, ge +0.021, it +0.050, po +0.013, ru -0.005);
the inner CV picks that scope in all 20 outer folds, but its margin varies (0 to 2), and the nested
estimate is +0.0076 to +0.0115 (mean +0.0096). Trained on those quotes alone it does worse (+0.002 to
+0.008).

Why it was NOT wired into ``predict`` (the ship rule: grouped CV on dev at least +0.01 with no language
losing more than 0.01): the candidate configuration (no speaker phrase, argmax) clears +0.01 on three of
four fold assignments and misses it on the fourth (+0.0096), it was found by comparing about twenty
variants on these same folds, and the nested estimate of that search is below +0.01 (mean +0.0096).
Besides, (1) it breaks a rule the unit tests pin: ``test_russian_unnamed_commenters_after_dash_cue``
(a plural verb with no subject names nobody; the model hands the quote to the previous commenter);
keeping the rules' "no speaker" whenever they found a cue leaves +0.006 (+0.006 / +0.007 /
+0.006 / +0.006); (2) it changes about 11% of the quotes' speakers (291 of 2,576, 120 of them from
none to someone) on 360 SemEval articles (the first 60 of each language), against about 4% of the dev
quotes (out of fold): unseen text sends it many more quotes than were validated.
Feature work moved the figures by noise only: the first feature set gave +0.002 to +0.005, the cue's
speaker phrase, sentence openers and name-only distances +0.005 to +0.008, gradient boosting (pointwise, same features) +0.005. What the remaining errors look
like (dev, rules wrong, a right candidate exists: 208 of 236 are a wrong entity, 20 "none" for a named
speaker, 8 the reverse): the right entity is in the cue's sentence only a quarter of the time and on
average the fourth-nearest candidate; the object of "told" taken for the subject ("Jimmy Whitworth,
professor ..., told The Sun"), the last word of an of-phrase ("Olivier Le Guillou of Action Against
Hunger said" -> "Hunger"), a description that never joined its person ("The man, a former Marine who
called himself Rick, says") - rules about the subject phrase, not a ranker, are the lever.

Held-out totals of this model (trained on all dev files, no speaker phrase, argmax), measured once,
after the decision above, with ``--evaluate`` on copies of each held-out set's files (d4f2ddc; totals
only, nothing read): rules E 148, H 137, I 163 correct of 210, 193, 205 found (448 of 608, 0.737, the
session's start figures); learned E 150, H 142, I 169 (461 of 608, 0.758). Larger than the dev CV
gain; not used to decide (deciding on it would spend the held-out sets).

Session 14: shipped. The finder now records the cues whose speaker the rules leave empty on purpose (a
plural verb with no subject, "заключили в ответ"; a relative with no antecedent:
``AttributionPrediction.unnamed_cues``) and the choice keeps nobody there, which mends the unit test
above. With that exception (``--cv --margins 0``, default folds): rules 0.857, learned (no speaker
phrase, argmax) 0.868, +0.011 (36 fixed, 13 broken; en +0.005, fr +0.005, ge +0.021, it +0.050, po
+0.013, ru +0.000), nested +0.008; with ``--seed 1``, ``2``, ``3``: +0.012 (39-14), +0.010 (34-13),
+0.011 (35-12), nested +0.012, +0.011, +0.009; no language below -0.005 on any of them. So with the
exception it clears the +0.01 bar on all four fold assignments. The lead wired it in after reading the held-out totals above, so
sets E, H and I no longer measure this change without bias; a fresh set J (16 articles, 189 quotes,
annotated after the decision to test it, never developed on) was measured once with each: rules 116
of 136 found quotes correct (0.853), learned 118 (0.868); quote spans identical. Shipped figures
(``spinscope attribution evaluate`` on copies of each set's gold files): development 0.873 (1,826 of
2,092, in sample), E 150 of 210, H 141 of 193, I 169 of 205 (460 of 608; 461 without the exception).
Cost: the attribution stage of ``benchmarks/bench_clean.py --stage attribution`` 1.83 s of CPU for 200
articles against 1.09 s for the rules alone (ratio 1.68).

Session 15: retrained on 271 dev files (sets E, H and I retired into development; rules of b933f76; 2,718
matched quotes). ``--cv`` now also prints the shipped model on the same quotes (in sample for the files it
was trained on, so its figure flatters it). ``--cv --margins 0``, default folds / ``--seed 1`` / ``--seed 2``:
rules 0.834; learned (no speaker phrase, margin 0, out of fold) 0.848 / 0.851 / 0.850 (nested 0.847 /
0.850 / 0.850); the session-14 model on the same quotes 0.854, of which 0.874 in sample on the 200 files
it was trained on. On the 623 quotes of sets E, H and I, which that model never saw, the retrained
model's out-of-fold choice is right 493 / 494 / 492 times against its 491; on the 200 older files 1,812 /
1,818 / 1,819 out of fold against the earlier model's own cross-validated 0.868 (1,815 of 2,092 in
session 14). Not worse where the comparison is fair, so the retrained weights were shipped (in sample:
271 files 0.854, 2,322 of 2,718; the 200 older ones 1,824 of 2,095 against 1,829 with the earlier weights,
sets E, H and I 498 of 623 against 491).

Session 16 (3 December 2026; rules of 08bd1a6, 271 dev files, 2,738 matched quotes, rules right on 2,347,
0.857): two questions. (1) A third scope, "weak-subject": the model may also reassign quotes whose cue's
speaker phrase is only a pronoun ("he said", the coreference errors that lead the wrong speakers on fresh
articles); 312 such quotes besides the 661 with no speaker phrase, but the rules are right on 275 of the
312 (0.88; a right candidate exists for 307), 225 of them English. (2) Does retraining at the current
rules (same scope and margin) change the out-of-fold figure? ``--cv --margins 0,1`` with the default folds
and ``--seed 1``, ``2``, ``3`` (the nested choice now picks among all three scopes), quotes right of 2,738
(fixed - broken against the rules):

    configuration              default           --seed 1          --seed 2          --seed 3
    all, margin 0              2363 (73-57)      2374 (79-52)      2365 (79-61)      2362 (66-51)
    all, margin 1              2374 (55-28)      2380 (58-25)      2375 (57-29)      2375 (53-25)
    no-subject, margin 0       2382 (58-23)      2391 (63-19)      2383 (60-24)      2379 (53-21)
    no-subject, margin 1       2381 (48-14)      2384 (49-12)      2381 (49-15)      2380 (47-14)
    weak-subject, margin 0     2385 (63-25)      2395 (68-20)      2385 (65-27)      2381 (56-22)
    weak-subject, margin 1     2383 (51-15)      2385 (51-13)      2383 (52-16)      2380 (47-14)
    nested                     2382 (55-20)      2392 (61-16)      2379 (56-24)      2380 (53-20)
    shipped weights (in sample) 2397 (68-18), 0.875, the same on every fold assignment

Weak-subject margin 0 against no-subject margin 0: +3, +4, +2, +2 quotes (+0.0011, +0.0015, +0.0007,
+0.0007), nearly all German (ge +0.010 / +0.016 / +0.016 / +0.005; en 0.000 to three decimals on all four;
it -0.004, one quote, on --seed 2); the inner CV picks weak-subject in 4, 3, 4 and 2 of the 5 outer folds,
and the nested estimate is +0, +1, -4, +1 quotes against no-subject margin 0. Not shipped (the bar: at
least +0.005 on every fold assignment, and the nested estimate agreeing): on dev the rules are already
right on 88% of the pronoun quotes, and the model wins back only a few of the remaining 37 (32 with a right
candidate). The scope stays in ``SCOPES`` (tested) so a later feature set can be compared on it. Retraining
at the current rules, no-subject margin 0: out of fold 0.870 / 0.873 / 0.870 / 0.869 (2,382 / 2,391 / 2,383
/ 2,379) against 0.875 (2,397) for the shipped weights, which were trained on all 271 files at b933f76 and
so are in sample on every quote here; in sample, a model retrained on all 2,738 quotes is right on 2,398
(2,406 in the weak-subject scope) against the shipped 2,397. The retrained out-of-fold figure is below the
shipped one, so by the rule the shipped weights were kept (unchanged, 2,400 of 2,738, 0.877, with
``spinscope attribution evaluate`` on /tmp/gold-dev, in sample; its speaker check differs slightly from
this script's labels, hence 2,400 against 2,397).

Session 21 (3 December 2026; rules of ce146c0, 337 dev files: sets J, K and L retired into development, 3,448
matched quotes, rules right on 2,954, 0.857). Question: does retraining at today's rules on all 337 files help
on articles the model has not seen? ``--cv --margins 0 --no-nested --subset NAMES`` (new: ``--subset`` also
prints the comparison, with quotes right per language, restricted to the named files; ``--no-nested`` skips
the inner CV) with NAMES the 66 files of sets J, K and L, which the shipped (session-15) weights never saw
(``SET_J`` and ``SET_K`` of scripts/experiments/fresh_batches.py and set L: en_3112 en_3118 en_312 en_3122
en_3124 en_3128 en_3129 en_3133 en_3141 fr_3318 fr_3347 fr_3349 fr_336 ge_22172 ge_22181 it_26118 it_26258
it_2649 po_25120 po_25173 po_252 po_2532 ru_2432 ru_2497); default folds and ``--seed 1``, ``2``, ``3``. The
bar, fixed before any run, for the primary configuration (no-subject, margin 0, C=1; the default folds with
this script, the other three assignments and C=0.1 with the same functions on rows built once, from a /tmp
driver): (1) on the 66 files, out of fold, at least as many quotes right as the shipped weights on every fold
assignment and more on three; (2) over the 337 files out of fold at least the shipped figure minus 0.003 on
every fold assignment; (3) no language losing more than 3 quotes on the 66 files (default folds); (4) on 360
SemEval training articles outside the gold set (the first 60 non-gold ``train-articles-subtask-3`` files of
each language, by name), of 10 changed speakers drawn at random (seed 20261203) more judged better than worse.
At most three variants, each replacing the primary only if at least 4 quotes better on the 66 files on all
four fold assignments and meeting (1)-(4). Quotes right (all 337 of 3,448 / the 66 files' 693):

    configuration                  default        --seed 1       --seed 2       --seed 3
    rules                          2954 / 574     2954 / 574     2954 / 574     2954 / 574
    no-subject, m0, C=1 (primary)  3006 / 590     3012 / 591     3012 / 593     3014 / 591
    weak-subject, m0, C=1          3010 / 593     3014 / 593     3015 / 596     3017 / 594
    all, m0, C=1                   2989 / 594     2985 / 590     2996 / 601     2996 / 598
    no-subject, m0, C=0.1          3006 / 589     3011 / 591     3012 / 593     3014 / 590
    (weak-subject, m0, C=0.1       3011 / 592     3013 / 593     3014 / 595     3017 / 593)
    (all, m0, C=0.1                2991 / 595     2989 / 593     3000 / 601     2993 / 597)
    shipped weights                3017 / 589 on every assignment (in sample on 271 of the 337 files)

    the 66 files, default folds    all     en     fr     ge     it     po     ru
    quotes                         693    268     75     61     60    149     80
    rules                          574    237     59     51     49    111     67
    primary (out of fold)          590    237     62     54     53    117     67
    shipped                        589    237     61     54     54    117     66

(1) met: +1, +2, +4, +2 quotes over the shipped weights on the 66 files. (2) NOT met on the default folds:
3,006 of 3,448 (0.8718) against the shipped 3,017 (0.8750) minus 0.003 = 0.8720, one quote short (met on the
other three: 3,012, 3,012, 3,014). (3) met: it -1, fr +1, ru +1, the rest equal. (4) NOT met: the model
retrained on all 3,448 quotes gives 101 of the 2,178 quotes on the 360 articles another speaker than the
shipped weights do (ge 29, po 26, it 17, ru 15, en 7, fr 7; 48 from nobody to someone, 6 to nobody); of the 10
drawn, 3 better (Pope Francis's own words, the entity "Philip Pullela" -> Francis; "sagte jedoch, dass" none
-> Michael Pettis; a Polish post "Komentując:" -> Sylwia Spurek), 5 worse (an unnamed commentator "in den
Tagesthemen" -> the junk entity "Selbst"; a satirical headline quote of the Queen none -> Boris Johnson; a
Polish headline none -> the junk "połowie kwietnia chińskie media"; an Italian quote none -> "Guerriero
Freddo" ("Cold Warrior", a phrase, not a person); Macron's "Quand vous êtes faibles, il s'en sert" Emmanuel
Macron -> Fox News), 2 neither (Orlov's words, Michel Eltchaninoff -> Emmanuel Macron, both wrong; a headline
quote of the Pope, Franziskus -> "Papst", the same person by a role noun). The variants (weak-subject and all
at C=1, and C=0.1 no-subject; the C=0.1 run printed its other two scopes too, bracketed above, not used) beat
the primary on the 66 files by +3, +2, +3, +3 (weak-subject), +4, -1, +8, +7 (all) and -1, 0, 0, -1 (C=0.1):
none by 4 quotes on all four assignments, so none replaces it. Not shipped: the weights stay the session-15
ones. The gain on the unseen 66 files is 1 to 4 quotes of 693 (0.1-0.6 points), far below the 0.85 target's
gap, and the random look at fresh text finds the retrained model's new choices more often junk entities than
mends: more rows of the same kind barely move "a cue with no speaker phrase" on fresh articles.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from spinscope.attribution.component import predict
from spinscope.attribution.evaluate import Scores, _match, _norm, load_gold_file, semeval_article
from spinscope.attribution.lexicon import lexicon_for
from spinscope.attribution.speaker_choice import SCOPES, WEIGHTS, SpeakerRanker, decide, quote_candidates

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "tests" / "gold" / "attribution"
LANGS = ("en", "fr", "ge", "it", "po", "ru")


def dev_gold_files(gold_dir: Path = GOLD_DIR) -> list[Path]:
    return [p for p in sorted(Path(gold_dir).glob("*.json"))
            if json.loads(p.read_text(encoding="utf-8")).get("split") == "dev"]


def build_rows(files: list[Path], data_root: Path) -> list[dict]:
    """One row per matched gold quote: candidates' features, labels, the rules' choice."""
    text_of = semeval_article(data_root)
    rows = []
    for path in files:
        gold, article = load_gold_file(path, text_of)
        assert gold.split == "dev"
        pred = predict(article, learned_speakers=False)
        lex = lexicon_for(article.meta.lang)
        paragraphs = [(p.start, p.end) for p in article.paragraphs]
        titles = frozenset(i for i, p in enumerate(article.paragraphs) if p.label == "title")
        by_quote = {id(q): (cands, feats) for q, cands, feats in
                    quote_candidates(article.text, lex.lang, lex, paragraphs, titles, pred)}
        for gi, pi in _match(gold.quotes, pred.quotes, same_kind=False):
            g, q = gold.quotes[gi], pred.quotes[pi]
            names = {_norm(n) for n in gold.speakers.get(g.speaker, [])} if g.speaker else set()
            cands, feats = by_quote[id(q)]
            labels = [(c is None) if not names else (c is not None and _norm(c.name) in names) for c in cands]
            rows.append({"article": path.stem, "lang": gold.folder, "code": lex.lang, "feats": feats, "labels": labels,
                         "names": [c.name if c is not None else None for c in cands],
                         "quote": article.text[g.start:g.end][:60],
                         "rules": next(i for i, f in enumerate(feats) if f.get("is_rules")),
                         "unnamed": q.cue is not None and q.cue in pred.unnamed_cues})
    return rows


def _matrix(rows: list[dict], names: list[str]):
    index = {n: j for j, n in enumerate(names)}
    n = sum(len(r["feats"]) for r in rows)
    X = np.zeros((n, len(names)))
    y = np.zeros(n)
    qid = np.zeros(n, dtype=int)
    k = 0
    for i, r in enumerate(rows):
        for f, lab in zip(r["feats"], r["labels"]):
            for name, v in f.items():
                j = index.get(name)
                if j is not None:
                    X[k, j] = v
            y[k] = lab
            qid[k] = i
            k += 1
    return X, y, qid


def fit(rows: list[dict], c: float = 1.0) -> SpeakerRanker:
    """Conditional logit: the candidates of a quote compete in a softmax; the loss is minus the log of
    the probability of the correct candidates. Quotes with no correct candidate are left out. L2 penalty
    ``1 / (2 c)`` on the standardised weights; L-BFGS from zeros, so the fit is deterministic."""
    from scipy.optimize import minimize
    train = [r for r in rows if any(r["labels"])]
    names = sorted({k for r in train for f in r["feats"] for k in f})
    X, y, qid = _matrix(train, names)
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-9] = 1.0
    Z = (X - mean) / scale
    nq = len(train)
    pos = y > 0

    def loss(w):
        s = Z @ w
        mx = np.full(nq, -np.inf)
        np.maximum.at(mx, qid, s)
        e = np.exp(s - mx[qid])
        den = np.zeros(nq)
        np.add.at(den, qid, e)
        num = np.zeros(nq)
        np.add.at(num, qid, e * pos)
        ll = np.log(num) - np.log(den)
        p_all = e / den[qid]
        p_pos = np.where(pos, e / num[qid], 0.0)
        grad = Z.T @ (p_all - p_pos)
        return -ll.sum() + w @ w / (2 * c), grad + w / c

    res = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return SpeakerRanker(names, mean.tolist(), scale.tolist(), res.x.tolist())


def _choice(scores: np.ndarray, feats: list[dict], rules: int, margin: float | None, scope: str,
            unnamed: bool = False) -> int:
    return rules if unnamed else decide(lambda: scores, feats, rules, margin, scope)


SEED: int | None = None  # --seed: shuffled GroupKFold (another assignment of files to folds)


def _folds(rows: list[dict], folds: int):
    from sklearn.model_selection import GroupKFold
    groups = np.array([r["article"] for r in rows])
    gkf = GroupKFold(n_splits=folds) if SEED is None else GroupKFold(n_splits=folds, shuffle=True, random_state=SEED)
    return gkf.split(np.zeros(len(rows)), groups=groups)


def configs(margins: list[float | None]) -> list[tuple[str, float | None]]:
    return [(scope, m) for scope in SCOPES for m in margins]


def oof_correct(rows: list[dict], folds: int, c: float, cfgs: list[tuple]) -> dict:
    """Out-of-fold correctness per (scope, margin) (GroupKFold by file)."""
    ok = {cfg: np.zeros(len(rows), dtype=bool) for cfg in cfgs}
    for tr, te in _folds(rows, folds):
        ranker = fit([rows[i] for i in tr], c)
        for i in te:
            r = rows[i]
            sc = np.array([ranker.score(f) for f in r["feats"]])
            for scope, m in cfgs:
                ok[scope, m][i] = r["labels"][_choice(sc, r["feats"], r["rules"], m, scope, r["unnamed"])]
    return ok


def select_config(rows: list[dict], c: float, grid: list[float | None], folds: int = 4) -> tuple:
    """The (scope, margin) with the best inner out-of-fold accuracy (ties: the more cautious)."""
    ok = oof_correct(rows, folds, c, configs(grid))
    best = max(o.mean() for o in ok.values())
    cautious = sorted(ok, key=lambda cfg: (cfg[0] == "all", cfg[1] is None, cfg[1] or 0.0), reverse=True)
    return next(cfg for cfg in cautious if ok[cfg].mean() >= best - 1e-12)


def cross_validate(rows: list[dict], folds: int, c: float, margins: list[float], grid: list[float | None],
                   nested: bool = True):
    """Outer GroupKFold by file: fixed configurations, and the configuration chosen by an inner CV on the
    training folds only ("nested")."""
    cfgs = configs(margins)
    ok = {f"{scope} margin {m:g}": np.zeros(len(rows), dtype=bool) for scope, m in cfgs}
    if nested:
        ok["nested"] = np.zeros(len(rows), dtype=bool)
    fold_of = np.zeros(len(rows), dtype=int)
    chosen = []
    for k, (tr, te) in enumerate(_folds(rows, folds)):
        train = [rows[i] for i in tr]
        ranker = fit(train, c)
        selected = select_config(train, c, grid) if nested else None
        chosen.append(selected)
        for i in te:
            r = rows[i]
            sc = np.array([ranker.score(f) for f in r["feats"]])
            for scope, m in cfgs:
                ok[f"{scope} margin {m:g}"][i] = r["labels"][_choice(sc, r["feats"], r["rules"], m, scope, r["unnamed"])]
            if nested:
                ok["nested"][i] = r["labels"][_choice(sc, r["feats"], r["rules"], selected[1], selected[0], r["unnamed"])]
        fold_of[te] = k
    return ok, fold_of, chosen


def _mean(o: np.ndarray) -> float:
    return float(o.mean()) if len(o) else float("nan")


def report(rows: list[dict], ok: dict, fold_of: np.ndarray, folds: int) -> None:
    langs = np.array([r["lang"] for r in rows])
    rules = np.array([r["labels"][r["rules"]] for r in rows], dtype=bool)
    oracle = np.array([any(r["labels"]) for r in rows], dtype=bool)
    print(f"{'speaker accuracy':32}{'all':>7}" + "".join(f"{lang:>7}" for lang in LANGS))
    print(f"{'quotes':32}{len(rows):7d}" + "".join(f"{int((langs == lang).sum()):7d}" for lang in LANGS))
    systems = [("oracle", oracle), ("rules", rules)] + [(f"learned {m}", o) for m, o in ok.items()]
    for label, o in systems:
        print(f"{label:32}{o.mean():7.3f}" + "".join(f"{_mean(o[langs == lang]):7.3f}" for lang in LANGS))
    print("quotes right")
    for label, o in systems:
        print(f"{label:32}{int(o.sum()):7d}" + "".join(f"{int(o[langs == lang].sum()):7d}" for lang in LANGS))
    for label, o in systems[2:]:
        per = "  ".join(f"{lang} {_mean(o[langs == lang]) - _mean(rules[langs == lang]):+.3f}" for lang in LANGS)
        folds_d = " ".join(f"{_mean(o[fold_of == k]) - _mean(rules[fold_of == k]):+.3f}" for k in range(folds))
        print(f"  {label}: {o.mean() - rules.mean():+.3f} (fixes {int((o & ~rules).sum())}, breaks "
              f"{int((~o & rules).sum())}); per language {per}; per fold {folds_d}")


def read_subset(text: str) -> set[str]:
    """File stems named in ``text`` (whitespace- or comma-separated; ``.json`` and folders dropped)."""
    return {Path(w).name.removesuffix(".json") for w in text.replace(",", " ").split()}


def report_subset(rows: list[dict], ok: dict, fold_of: np.ndarray, folds: int, names: set[str]) -> None:
    """The same comparison restricted to the quotes of the named files (folds unchanged: the models were
    trained on all files' training folds), with the number of quotes each system gets right (totals
    only: no quote is printed)."""
    mask = np.array([r["article"] in names for r in rows], dtype=bool)
    missing = names - {r["article"] for r in rows}
    print(f"subset: {len(names)} files named, {len(names) - len(missing)} with matched quotes, "
          f"{int(mask.sum())} quotes")
    if not mask.any():
        return
    sub = [r for r, m in zip(rows, mask) if m]
    report(sub, {k: o[mask] for k, o in ok.items()}, fold_of[mask], folds)


def evaluate_folder(ranker: SpeakerRanker, folder: Path, data_root: Path) -> None:
    """Speaker accuracy totals of the rules and of the learned choice on every gold file in ``folder``
    (any split); no quote, error or file name is printed."""
    text_of = semeval_article(data_root)
    rules, learned = Scores(), Scores()
    for path in sorted(Path(folder).glob("*.json")):
        gold, article = load_gold_file(path, text_of)
        pred = predict(article, learned_speakers=False)
        rules.add(gold, article, pred)
        spans = [(q.pieces, q.kind, q.cue) for q in pred.quotes]
        lex = lexicon_for(article.meta.lang)
        ranker.choose(article.text, lex.lang, lex, [(p.start, p.end) for p in article.paragraphs],
                      frozenset(i for i, p in enumerate(article.paragraphs) if p.label == "title"), pred)
        assert spans == [(q.pieces, q.kind, q.cue) for q in pred.quotes]  # only speakers change
        learned.add(gold, article, pred)
    for label, sc in (("rules", rules), ("learned", learned)):
        print(f"{label:8} speaker accuracy {sc.speaker_accuracy:.3f}: {sc.speaker_correct} correct of "
              f"{sc.speaker_total} found quotes ({sc.articles} articles)")


GRID = [0.0, 0.5, 1.0, 2.0, 4.0, None]  # rising caution; None: keep the rules' choice


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("SPINSCOPE_DATA", "/work/shared/data"))
                    / "semeval2023-task3")
    ap.add_argument("--gold", type=Path, default=GOLD_DIR)
    ap.add_argument("--cv", action="store_true", help="print the grouped CV comparison, write nothing")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    ap.add_argument("--scope", choices=SCOPES, default="no-subject", help="quotes the shipped model may reassign")
    ap.add_argument("--margin", type=float, default=0.0, help="score margin the shipped model needs to overrule the rules")
    ap.add_argument("--margins", default="0,1", help="fixed margins compared by --cv (besides the nested choice)")
    ap.add_argument("--seed", type=int, help="shuffle the files into folds with this seed (default: GroupKFold's "
                    "own deterministic assignment)")
    ap.add_argument("--no-nested", action="store_true", help="--cv without the nested choice (5 times faster)")
    ap.add_argument("--subset", type=Path, metavar="FILE", help="--cv also prints the comparison restricted to the "
                    "gold files named in FILE (stems, whitespace- or comma-separated; totals only)")
    ap.add_argument("--out", type=Path, default=WEIGHTS, help="where training writes the model (default: the shipped one)")
    ap.add_argument("--evaluate", type=Path, metavar="FOLDER", help="train on all dev files, then print only the "
                    "speaker accuracy TOTALS of the rules and of the learned choice on the gold files in FOLDER")
    args = ap.parse_args()
    global SEED
    SEED = args.seed
    t0 = time.time()
    files = dev_gold_files(args.gold)
    rows = build_rows(files, args.data)
    print(f"{len(files)} dev files, {len(rows)} matched quotes, "
          f"{np.mean([len(r['feats']) for r in rows]):.1f} candidates per quote ({time.time() - t0:.0f}s)")
    if args.evaluate:
        ranker = fit(rows, args.c)
        ranker.scope, ranker.margin = args.scope, args.margin
        evaluate_folder(ranker, args.evaluate, args.data)
        return 0
    if args.cv:
        margins = [float(m) for m in args.margins.split(",")]
        ok, fold_of, chosen = cross_validate(rows, args.folds, args.c, margins, GRID, nested=not args.no_nested)
        print(f"{args.folds}-fold CV grouped by file (GroupKFold), C={args.c}, seed {SEED}" + (
              "" if args.no_nested else f"; nested: scope {SCOPES} and margin {GRID} chosen by a 4-fold inner CV "
              "on the training folds"))
        if WEIGHTS.exists():
            # the shipped model on the same quotes (in sample for the files it was trained on: its figure
            # flatters it), so a retrained model is shipped only if its out-of-fold figure is not worse
            shipped = SpeakerRanker.load(WEIGHTS)
            ok[f"shipped ({WEIGHTS.name})"] = np.array(
                [r["labels"][_choice(np.array([shipped.score(f) for f in r["feats"]]), r["feats"], r["rules"],
                                     shipped.margin, shipped.scope, r["unnamed"])] for r in rows], dtype=bool)
        report(rows, ok, fold_of, args.folds)
        for k, sel in enumerate(chosen):
            if sel is not None:
                print(f"  fold {k}: scope {sel[0]}, margin {sel[1]}")
        if args.subset:
            report_subset(rows, ok, fold_of, args.folds, read_subset(args.subset.read_text(encoding="utf-8")))
        print(f"({time.time() - t0:.0f}s)")
        return 0
    ranker = fit(rows, args.c)
    ranker.scope, ranker.margin = args.scope, args.margin
    ranker.info = {"trained_on": f"{len(files)} dev gold files, {len(rows)} matched quotes", "c": args.c,
                   "script": "scripts/train_speaker_choice.py"}
    ranker.save(args.out)
    print(f"wrote {args.out} ({len(ranker.names)} features, scope {ranker.scope}, margin {ranker.margin}; {time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
