"""Issue 4 measurement: where do the rules' speaker errors lie on articles the rules had NOT seen?

    PYTHONPATH=/tmp/wt-spk/src SPINSCOPE_DATA=/work/shared/data python scripts/experiments/speaker_errors.py [--errors]
    (about 70 s on the shared 2-core machine with an empty cache: the rules of 14 commits over the 17 fresh
    batches' 290 articles and today's rules over the 361 dev files, two subprocesses at a time; 4 s from the
    cache; --errors lists the fresh errors with their classes)

Only gold files with ``"split": "dev"`` are read: the split field is read first (in the subprocess that
predicts them), and no other file is resolved, predicted or scored.

What it measures. For every matched (gold, predicted) quote pair (evaluate.py's matching: IoU >= 0.5, greedy
one-to-one, any kind), how the rules read the speaker and what came of it; speaker accuracy is evaluate.py's
(``_speaker_ok`` with today's ``_norm``, no leading article). A: the 17 held-out batches of fresh_batches.py,
each predicted by the rules of its time (the last rules not developed on it), pooled; B: today's rules on
every dev gold file (the rules were written on them). Rows = reading class, columns = outcome counts.

Design. As speaker_ranker.py does: a commit's ``src`` is exported (rules_at_commit.py) and this script
re-runs itself in a subprocess with it on PYTHONPATH (``--dump-pairs``), reading the gold files with that
commit's ``load_gold_file``, predicting with its ``predict`` (for E-K that includes the shipped speaker
choice of the time) and matching with its ``_match``; the raw pairs are cached under
/tmp/spinscope-speaker-errors keyed by the commit, the gold files and the dump code, and classified here.
Reading classes of the PREDICTED quote: "no cue" (``q.cue`` None); "cue, no speaker phrase" (the cue is not
a key of ``AttributionPrediction.subjects``); "pronoun phrase" (the phrase is one word of the lexicon's
pronouns (he, she, they, it, il, elle, er, sie, lui, lei, on, jego, он, его, ...) or a first person (I, we,
je, nous, lui, eux, ich, wir, io, noi, ja, my, я, мы), or a French inverted cue "a-t-il", "ajoute-t-elle",
"poursuit-elle"); "name or noun phrase" (any other phrase); "unknown": the commit's prediction has no
``subjects`` (before 0fe4f53: 12 of the 17 batches) and the quote has a cue (a quote with no cue is "no
cue" whatever the commit). Outcomes: "right"; wrong, in this order: "nobody named" (predicted none, gold
named), "named where gold has none", "another speaker of the article" (the predicted name IS one of another
gold speaker's names of the article), "name form" (the predicted name contains one of the gold speaker's
names or is contained in one, as whole words, or shares a word with one, articles/prepositions/conjunctions
aside: a truncated, extended or partial form of the right speaker, e.g. "Moderator Ben Armstrong", "Catholic
World", "бывший американский"), "another speaker of the article" (a name form, as just defined, of another
gold speaker), "someone else" (the rest). A'' re-labels A's "unknown" rows by the reading class TODAY's
rules give the same gold quote (a proxy, marked "~": only the class is today's; every outcome is the fresh
rules'); B' is B restricted to A's 290 articles.

Measured 3 December 2026 (worktree at 494aef2; two runs identical, cold and cached). Both totals reproduce:
A 0.762 (2,022 of 2,653, quote_tagger.py's and speaker_ranker.py's pooled figure), B 0.875 (3,217 of 3,676).

    A. 17 fresh batches (290 articles), each predicted by the rules of its time: 0.762 (2,022 of 2,653)
       12 batches' commits record no speaker phrases (s2 s3 s4 s4.3 s5 s5.2 setA setB setC setD setF setG):
       their 1,601 quotes are 'unknown' (1,377) unless their predicted quote has no cue (224)
    speaker reading            quotes  right nameform other-spk nobody named-nogold  else accuracy errors of err
    no cue                        381    247       14        64     20            6    30    0.648    134  21.2%
    cue, no speaker phrase        158    106        2        24     14            3     9    0.671     52   8.2%
    pronoun phrase                123     98        4         9      1            0    11    0.797     25   4.0%
    name or noun phrase           614    526       41        13     10            5    19    0.857     88  13.9%
    unknown                      1377   1045      110        76     44            4    98    0.759    332  52.6%
    total                        2653   2022      171       186     89           18   167    0.762    631 100.0%
      errors by outcome: name form 171 (27.1%), another speaker of the article 186 (29.5%), nobody named 89
      (14.1%), named where gold has none 18 (2.9%), someone else 167 (26.5%)

    A'. fresh, the 5 batches whose commits record speaker phrases (setE setH setI setJ setK)
    no cue                        157    109        1        28      5            2    12    0.694     48  22.5%
    cue, no speaker phrase        158    106        2        24     14            3     9    0.671     52  24.4%
    pronoun phrase                123     98        4         9      1            0    11    0.797     25  11.7%
    name or noun phrase           614    526       41        13     10            5    19    0.857     88  41.3%
    total                        1052    839       48        74     30           10    51    0.798    213 100.0%

    A''. fresh, 17 batches, 'unknown' rows by the class today's rules read for the same gold quote (~: proxy)
    no cue                        381    247       14        64     20            6    30    0.648    134  21.2%
    cue, no speaker phrase        158    106        2        24     14            3     9    0.671     52   8.2%
    pronoun phrase                123     98        4         9      1            0    11    0.797     25   4.0%
    name or noun phrase           614    526       41        13     10            5    19    0.857     88  13.9%
    ~cue, no speaker phrase       126     58        8        13     23            2    22    0.460     68  10.8%
    ~pronoun phrase               227    152       13        24      5            1    32    0.670     75  11.9%
    ~name or noun phrase         1019    834       88        37     16            1    43    0.818    185  29.3%
    unmatched today                 5      1        1         2      0            0     1    0.200      4   0.6%

    B. today's rules on all 361 dev gold files: 0.875 (3,217 of 3,676)
    no cue                        469    382        6        54      4            7    16    0.814     87  19.0%
    cue, no speaker phrase        458    335       11        52     28            5    27    0.731    123  26.8%
    pronoun phrase                444    384        6        30      2            1    21    0.865     60  13.1%
    name or noun phrase          2305   2116       66        47     11            7    58    0.918    189  41.2%
    total                        3676   3217       89       183     45           20   122    0.875    459 100.0%
      errors by outcome: name form 89 (19.4%), another speaker of the article 183 (39.9%), nobody named 45
      (9.8%), named where gold has none 20 (4.4%), someone else 122 (26.6%)

    B'. today's rules on A's 290 articles (seen by today's rules): 0.878 (2,641 of 3,009); no cue 0.807,
    no speaker phrase 0.734, pronoun 0.868, name or noun phrase 0.924; errors name form 67, another
    speaker 153, nobody 35, named where gold has none 15, someone else 98

What it says. On fresh articles the errors are spread over every reading class, not concentrated in one:
with the proxy for the 12 older batches, name or noun phrases hold 273 of the 631 fresh errors (43%; 0.833
right, 1,360 of 1,633), no cue 134 (21%; 0.648), a cue with no speaker phrase 120 (19%; 0.577, 164 of
284) and pronoun phrases 100 (16%; 0.714, 250 of 350). Every class is less accurate fresh than on dev
(A' own classes against B: no cue 0.694 / 0.814, no speaker phrase 0.671 / 0.731, pronoun 0.797 / 0.865,
name or noun phrase 0.857 / 0.918). The outcome mix differs too: fresh errors are a name form of the right
speaker 27% of the time (dev 19%), another gold speaker of the article 30% (dev 40%), someone else 27%
(27%), nobody named 14% (10%), named where gold has none 3% (4%). Fresh name-or-noun-phrase errors are
most often a name form (41 of 88 in A', 88 of 185 in the proxy rows): the phrase was found but the name cut
or extended wrong; fresh no-cue errors most often another speaker of the article (64 of 134). For E-K the
"no cue" and "no speaker phrase" rows include the shipped speaker choice of the time (the model decides
there); the 12 older commits predate it.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # two cores shared with other helpers

import argparse
import hashlib
import inspect
import json
import pickle
import re
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from fresh_batches import BATCHES  # this folder is sys.path[0]; the 17 batches, their fresh commits
from quote_tagger import dev_gold_files
from rules_at_commit import export_src

REPO = Path(__file__).resolve().parents[2]
GOLD_DIR = REPO / "tests" / "gold" / "attribution"
READINGS = ("no cue", "cue, no speaker phrase", "pronoun phrase", "name or noun phrase", "unknown")
OUTCOMES = ("right", "name form", "another speaker of the article", "nobody named", "named where gold has none",
            "someone else")
SHORT = {"right": "right", "name form": "nameform", "another speaker of the article": "other-spk",
         "nobody named": "nobody", "named where gold has none": "named-nogold", "someone else": "else"}
# the French inverted cue: the pronoun is written into the verb ("a-t-il", "rappelle-t-il", "répond-elle")
INVERTED = re.compile(r"^\w+(?:-t)?-(?:il|elle|ils|elles|on)$", re.IGNORECASE)
# personal pronouns the lexicons do not list as speaker pronouns (first person, French stressed forms)
MORE_PRONOUNS = {"en": "i we", "fr": "je nous lui eux", "ge": "ich wir", "it": "io noi", "po": "ja my", "ru": "я мы"}
NO_SUBJECTS = "<no subjects>"  # the commit's prediction does not record the cues' speaker phrases


# ---------------------------------------------------------------- subprocess: one commit's rules


def dump_pairs(out: Path, names: list[str], data_root: Path) -> None:
    """Internal, run with a commit's ``src`` on PYTHONPATH: per matched (gold, predicted) quote pair of the
    named dev gold files (that commit's gold reader, prediction and matching), the raw facts the
    classification needs; the scorer's name forms are applied by the caller (today's ``_norm``)."""
    from spinscope.attribution.component import predict
    from spinscope.attribution.evaluate import _match, load_gold_file, semeval_article
    text_of = semeval_article(data_root)
    pairs, skipped = [], []
    for name in names:
        path = GOLD_DIR / f"{name}.json"
        if json.loads(path.read_text(encoding="utf-8")).get("split") != "dev":
            raise SystemExit(f"{name} is not a dev gold file")
        try:
            gold, article = load_gold_file(path, text_of)
        except Exception as exc:  # an older corpus reader may not resolve a snippet
            skipped.append(f"{name}: {exc}")
            continue
        pred = predict(article)
        subjects = getattr(pred, "subjects", None)
        text = article.text
        for gi, pi in _match(gold.quotes, pred.quotes, same_kind=False):
            g, q = gold.quotes[gi], pred.quotes[pi]
            if q.cue is None:
                phrase = None
            elif subjects is None:
                phrase = NO_SUBJECTS
            else:
                sub = subjects.get(q.cue)
                phrase = text[sub[0]:sub[1]] if sub is not None else ""
            pairs.append({"article": name, "gi": gi, "lang": gold.folder, "kind": g.kind,
                          "gold": g.speaker, "gold_names": list(gold.speakers.get(g.speaker, [])) if g.speaker else [],
                          "speakers": {k: list(v) for k, v in gold.speakers.items()},
                          "pred": q.speaker.name if q.speaker is not None else None,
                          "has_cue": q.cue is not None, "phrase": phrase, "subjects": subjects is not None,
                          "quote": text[g.start:g.end][:70]})
    out.write_bytes(pickle.dumps({"pairs": pairs, "skipped": skipped}))


def _gold_key(names: list[str]) -> str:
    h = hashlib.sha256()
    for n in names:
        h.update(n.encode())
        h.update((GOLD_DIR / f"{n}.json").read_bytes())
    h.update(inspect.getsource(dump_pairs).encode())  # what the subprocess records, not the classification
    return h.hexdigest()[:12]


def _today_code_key() -> str:
    import spinscope.attribution
    h = hashlib.sha256()
    for p in sorted(Path(spinscope.attribution.__file__).parent.rglob("*")):
        if p.suffix in (".py", ".json"):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:12]


def run_rules(commit: str | None, names: list[str], args) -> tuple[str, dict]:
    """Matched pairs of ``names`` with the rules of ``commit`` (None: the imported, today's rules), cached."""
    if commit is None:
        label, env = f"today-{_today_code_key()}", dict(os.environ)
    else:
        label, src = export_src(commit, args.cache)
        env = {**os.environ, "PYTHONPATH": str(src / "src")}
    out = args.cache / f"pairs-{label}-{_gold_key(names)}.pkl"
    if not out.exists() or args.refresh:
        tmp = out.with_suffix(f".{os.getpid()}.tmp")
        subprocess.run([sys.executable, __file__, "--dump-pairs", str(tmp), "--data", str(args.data),
                        "--only", " ".join(names)], check=True, env=env)
        tmp.replace(out)
    return label, pickle.loads(out.read_bytes())


# ---------------------------------------------------------------- classification (today's scorer)


def reading(pair: dict, pronouns: set[str]) -> str:
    """How the rules read the speaker of the predicted quote."""
    if not pair["has_cue"]:
        return "no cue"
    phrase = pair["phrase"]
    if phrase == NO_SUBJECTS:
        return "unknown"
    if not phrase:
        return "cue, no speaker phrase"
    words = re.findall(r"\w+", phrase.lower())
    if (len(words) == 1 and words[0] in pronouns) or INVERTED.match(phrase.strip()):
        return "pronoun phrase"
    return "name or noun phrase"


# words two names may share without naming the same one: articles, prepositions, conjunctions
FUNCTION_WORDS = frozenset("""the a an of and le la les l un une de des du d et der die das den dem von vom und
                           zu il lo i gli di da del della dello dei degli delle e van w z na i в и на по с""".split())


def _form_of(pred: str, names: set[str]) -> bool:
    """``pred`` (normalised) contains or is contained in one of ``names`` (as whole words) or shares a word
    with one (function words aside)."""
    pw = set(pred.split()) - FUNCTION_WORDS
    return any(f" {pred} " in f" {n} " or f" {n} " in f" {pred} " or pw & set(n.split()) for n in names if n)


def outcome(pair: dict) -> str:
    """Right, or the kind of wrong (evaluate.py's ``_norm``/``_speaker_ok`` decide right and wrong)."""
    from spinscope.attribution.evaluate import _norm, _speaker_ok
    pred = pair["pred"]
    speaker = type("S", (), {"name": pred})() if pred is not None else None
    if _speaker_ok(pair["gold_names"], speaker, False):
        return "right"
    if pred is None:
        return "nobody named"
    if not pair["gold_names"]:
        return "named where gold has none"
    p = _norm(pred)
    gold = {_norm(n) for n in pair["gold_names"]}
    others = [{_norm(n) for n in names} for key, names in pair["speakers"].items() if key != pair["gold"]]
    if any(p in o for o in others):
        return "another speaker of the article"  # exactly another gold speaker's name form
    if _form_of(p, gold):
        return "name form"
    if any(_form_of(p, o) for o in others):
        return "another speaker of the article"
    return "someone else"


def classify(pairs: list[dict]) -> list[tuple[str, str]]:
    from spinscope.attribution.lexicon import lexicon_for
    lang_code = {"en": "en", "fr": "fr", "ge": "de", "it": "it", "po": "pl", "ru": "ru"}
    pron = {}
    out = []
    for p in pairs:
        if p["lang"] not in pron:
            lex = lexicon_for(lang_code.get(p["lang"], p["lang"]))
            # he, she, they, it, il, elle, er, sie, lui, lei, on, jego, он, его, ... and the first person
            pron[p["lang"]] = set(lex.pronouns) | set(MORE_PRONOUNS.get(p["lang"], "").split())
        out.append((reading(p, pron[p["lang"]]), outcome(p)))
    return out


def table(title: str, cls: list[tuple[str, str]], readings: tuple[str, ...] = READINGS) -> None:
    counts = Counter(cls)
    errors = sum(1 for _, o in cls if o != "right")
    print(f"\n{title}")
    print(f"{'speaker reading':26}{'quotes':>7}" + "".join(f"{SHORT[o]:>13}" for o in OUTCOMES)
          + f"{'accuracy':>9}{'errors':>7}{'of err':>7}")
    for r in (*readings, "total"):
        row = [(rr, o) for rr, o in cls if r == "total" or rr == r]
        if not row:
            continue
        n = len(row)
        c = Counter(o for _, o in row)
        err = n - c["right"]
        print(f"{r:26}{n:7d}" + "".join(f"{c[o]:13d}" for o in OUTCOMES)
              + f"{c['right'] / n:9.3f}{err:7d}{(err / errors if errors else 0):7.1%}")
    wrong = Counter(o for _, o in cls if o != "right")
    print("  errors by outcome: " + ", ".join(f"{o} {wrong[o]} ({wrong[o] / errors:.1%})" for o in OUTCOMES[1:]))
    assert sum(counts.values()) == len(cls)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("SPINSCOPE_DATA", REPO.parent / "shared" / "data"))
                    / "semeval2023-task3")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/spinscope-speaker-errors"))
    ap.add_argument("--refresh", action="store_true", help="re-run the rules instead of reading the cache")
    ap.add_argument("--errors", action="store_true", help="list the fresh errors with their classes")
    ap.add_argument("--dump-pairs", type=Path, help=argparse.SUPPRESS)  # internal: pairs with the imported rules
    ap.add_argument("--only", default="", help=argparse.SUPPRESS)  # internal: these gold files only
    args = ap.parse_args()
    if args.dump_pairs:
        dump_pairs(args.dump_pairs, args.only.split(), args.data)
        return 0
    t0 = time.time()
    args.cache.mkdir(parents=True, exist_ok=True)
    import spinscope
    head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True).stdout.strip()
    print(f"today's rules: {Path(spinscope.__file__).parent} (HEAD {head})")

    # one job per distinct fresh commit (E, H, I share 64f070a; J, K share 1735c79) and one for today's rules
    by_commit: dict[str, list[str]] = {}
    for _, commit, arts, _ in BATCHES:
        by_commit.setdefault(commit, []).extend(arts.split())
    dev = [p.stem for p in dev_gold_files(GOLD_DIR)]
    jobs = [(c, sorted(set(n))) for c, n in by_commit.items()] + [(None, dev)]
    with ThreadPoolExecutor(max_workers=2) as pool:  # two subprocesses at a time at most
        results = list(pool.map(lambda job: run_rules(job[0], job[1], args), jobs))
    done = {c: res for (c, _), (_, res) in zip(jobs, results)}
    for (c, _), (label, res) in zip(jobs, results):
        for s in res["skipped"]:
            print(f"  skipped at {c or 'today'}: {s}")
    print(f"rules run or read from the cache ({time.time() - t0:.0f}s)")

    # A. each batch with the rules of its own time, pooled
    fresh = []
    subjectless = []
    for name, commit, arts, _ in BATCHES:
        keep = set(arts.split())
        rows = [dict(p, batch=name, commit=commit) for p in done[commit]["pairs"] if p["article"] in keep]
        fresh += rows
        if not all(p["subjects"] for p in rows):
            subjectless.append(name)
    cls_a = classify(fresh)
    ok_a = sum(o == "right" for _, o in cls_a)
    unknown = sum(r == "unknown" for r, _ in cls_a)
    print(f"\nA. {len(BATCHES)} fresh batches ({len({p['article'] for p in fresh})} articles), each predicted by the "
          f"rules of its time: speaker accuracy {ok_a / len(fresh):.3f} ({ok_a:,} of {len(fresh):,} matched quotes)")
    print(f"   {len(subjectless)} batches' commits record no speaker phrases ({' '.join(subjectless)}): their "
          f"{sum(p['batch'] in subjectless for p in fresh):,} quotes are 'unknown' ({unknown:,}) unless their "
          f"predicted quote has no cue ({sum(p['batch'] in subjectless and not p['has_cue'] for p in fresh):,})")
    table("A. fresh: reading class x outcome, 17 batches pooled", cls_a)
    known = [c for c, p in zip(cls_a, fresh) if p["batch"] not in subjectless]
    table(f"A'. fresh, the {len(BATCHES) - len(subjectless)} batches whose commits record speaker phrases "
          f"({' '.join(b for b, *_ in BATCHES if b not in subjectless)})", known)

    # today's rules (B's run) on every dev file, for the proxy below and for B
    today = done[None]["pairs"]
    cls_b = classify(today)
    today_reading = {(p["article"], p["gi"]): r for (r, _), p in zip(cls_b, today)}
    # proxy for the 'unknown' rows: the reading class TODAY's rules give the same gold quote (only the class is
    # today's; every outcome stays the fresh rules')
    proxy = []
    for (r, o), p in zip(cls_a, fresh):
        if r == "unknown":
            r = today_reading.get((p["article"], p["gi"]), "unmatched today")
            r = r if r == "unmatched today" else "~" + r
        proxy.append((r, o))
    table("A''. fresh, 17 batches, 'unknown' rows by the class today's rules read for the same gold quote "
          "(~: proxy; outcomes all fresh)", proxy,
          readings=(*READINGS[:-1], *("~" + r for r in READINGS[:-1]), "unmatched today"))

    # B. today's rules on every dev gold file
    ok_b = sum(o == "right" for _, o in cls_b)
    print(f"\nB. today's rules on all {len(dev)} dev gold files: speaker accuracy {ok_b / len(today):.3f} "
          f"({ok_b:,} of {len(today):,} matched quotes)")
    table("B. today's rules, dev: reading class x outcome", cls_b)
    fresh_arts = {p["article"] for p in fresh}
    same = [c for c, p in zip(cls_b, today) if p["article"] in fresh_arts]
    table(f"B'. today's rules on the same {len(fresh_arts)} articles as A (seen by today's rules)", same)

    if args.errors:
        print("\nA errors: batch article reading / outcome: gold -> predicted (phrase): quote")
        for (r, o), p in zip(cls_a, fresh):
            if o != "right":
                print(f"  {p['batch']} {p['article']} {r} / {o}: {p['gold_names'][:1] or None} -> {p['pred']!r} "
                      f"({p['phrase']!r}): {p['quote']!r}")
    print(f"\n({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
