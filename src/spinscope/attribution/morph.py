"""Dictionary morphology for Russian (pymorphy3) and Polish (morfeusz2), when installed.

One small interface over both: :func:`analyse` gives every reading of a word as an :class:`Analysis`
(lemma, part of speech, cases, gender, number, past tense, and whether the dictionary knows it as a
first name or surname). Each analyser is loaded once, on first use; without the package (or for another language)
:func:`analyse` returns ``None`` and the attribution rules behave as without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

LANGS = ("ru", "pl")


@dataclass(frozen=True)
class Analysis:
    lemma: str
    pos: str  # NOUN ADJ VERB PREP CONJ PRON NUM ADV OTHER
    cases: frozenset[str]  # nom gen dat acc ins loc voc (empty: no case)
    gender: str | None  # m f n (None: none or any)
    number: str | None  # sg pl
    name: str | None = None  # "first" | "surname" | None
    tense: str | None = None  # "past" for a past-tense verb form


# cases in which no subject or source stands (the vocative too: "materiale" is locative or vocative); not
# the genitive, which names a source ("по словам министра", "według Tuska"), nor the accusative
OBLIQUE = frozenset("dat ins loc voc".split())

_LOADED: dict[str, object] = {}
_FAILED: set[str] = set()


def _loader(lang: str):
    """The analyser of ``lang`` (built once), or None when its package is not installed."""
    if lang in _LOADED:
        return _LOADED[lang]
    if lang in _FAILED or lang not in LANGS:
        return None
    try:
        if lang == "ru":
            import pymorphy3
            analyser = pymorphy3.MorphAnalyzer(lang="ru")
        else:
            import morfeusz2
            analyser = morfeusz2.Morfeusz(expand_tags=True)
    except Exception:  # not installed, or its dictionary missing
        _FAILED.add(lang)
        return None
    _LOADED[lang] = analyser
    return analyser


def available(lang: str) -> bool:
    return _loader(lang) is not None


_RU_CASES = {"nomn": "nom", "gent": "gen", "gen2": "gen", "datv": "dat", "accs": "acc", "acc2": "acc",
             "ablt": "ins", "loct": "loc", "loc2": "loc", "voct": "voc"}
_RU_POS = {"NOUN": "NOUN", "ADJF": "ADJ", "ADJS": "ADJ", "PRTF": "ADJ", "PRTS": "ADJ", "COMP": "ADJ",
           "VERB": "VERB", "INFN": "VERB", "GRND": "VERB", "PREP": "PREP", "CONJ": "CONJ", "NPRO": "PRON",
           "NUMR": "NUM", "ADVB": "ADV", "PRED": "ADV"}
_RU_GENDER = {"masc": "m", "femn": "f", "neut": "n"}


def _ru(analyser, word: str) -> tuple[Analysis, ...]:
    out = []
    for p in analyser.parse(word):
        if type(p.methods_stack[0][0]).__name__ != "DictionaryAnalyzer":
            continue  # a guess from the word's ending, not a dictionary reading
        tag = p.tag
        case = _RU_CASES.get(tag.case) if tag.case else None
        name = "first" if "Name" in tag else "surname" if "Surn" in tag else None
        out.append(Analysis(p.normal_form, _RU_POS.get(tag.POS, "OTHER"), frozenset([case] if case else ()),
                            _RU_GENDER.get(tag.gender), {"sing": "sg", "plur": "pl"}.get(tag.number), name,
                            "past" if tag.tense == "past" else None))
    return tuple(out)


_PL_POS = {"subst": "NOUN", "depr": "NOUN", "ger": "NOUN", "adj": "ADJ", "pact": "ADJ", "ppas": "ADJ",
           "fin": "VERB", "praet": "VERB", "inf": "VERB", "impt": "VERB", "bedzie": "VERB", "pcon": "VERB",
           "pant": "VERB", "imps": "VERB", "winien": "VERB", "prep": "PREP", "conj": "CONJ", "comp": "CONJ",
           "ppron3": "PRON", "ppron12": "PRON", "siebie": "PRON", "num": "NUM", "adv": "ADV"}
_PL_CASES = {"nom", "gen", "dat", "acc", "inst", "loc", "voc"}


def _pl(analyser, word: str) -> tuple[Analysis, ...]:
    out = []
    for _, _, (_, lemma, tag, quals, _) in analyser.analyse(word):
        parts = tag.split(":")
        if parts[0] == "ign":
            continue
        pos = _PL_POS.get(parts[0], "OTHER")
        cases = frozenset(("ins" if c == "inst" else c) for c in parts[1:] if c in _PL_CASES)
        number = "sg" if "sg" in parts else "pl" if "pl" in parts else None
        genders = {g[0] for g in parts[1:] if g in ("m1", "m2", "m3", "f", "n", "n1", "n2")}
        gender = genders.pop() if len(genders) == 1 else None
        name = "first" if "imię" in quals else "surname" if "nazwisko" in quals else None
        out.append(Analysis(lemma.split(":")[0], pos, cases, gender, number, name,
                            "past" if parts[0] == "praet" else None))
    return tuple(out)


@lru_cache(maxsize=65536)
def _cached(lang: str, word: str) -> tuple[Analysis, ...]:
    analyser = _loader(lang)
    return (_ru if lang == "ru" else _pl)(analyser, word)


def analyse(word: str, lang: str) -> tuple[Analysis, ...] | None:
    """Every dictionary reading of ``word`` (empty: unknown to the dictionary); None when ``lang``
    has no analyser here."""
    if lang not in LANGS or _loader(lang) is None:
        return None
    return _cached(lang, word)


def oblique_only(word: str, lang: str) -> bool:
    """A word the dictionary knows only in the dative, instrumental or locative (or as a preposition):
    "Пирсу", "материале", "вопросом"; False when unknown or without an analyser."""
    readings = analyse(word, lang)
    return bool(readings) and all(r.pos == "PREP" or r.cases and r.cases <= OBLIQUE for r in readings)


def past_gender(word: str, lang: str) -> tuple[str | None, str | None] | None:
    """(gender, number) of a past-tense verb form ("сказала" -> ("f", "sg"), "powiedzieli" -> (None,
    "pl")); None when ``word`` is not read as one."""
    readings = analyse(word, lang)
    if not readings:
        return None
    past = [r for r in readings if r.pos == "VERB" and r.tense == "past"]
    if not past or len(past) != len(readings):
        return None
    forms = {(r.gender if r.number == "sg" else None, r.number) for r in past}
    return forms.pop() if len(forms) == 1 else None


def oblique_lead(words: list[str], lang: str) -> int:
    """How many opening words of a speaker phrase are a noun phrase in an oblique case (with its
    preposition) before a word that can be a nominative subject: 2 for "Пирсу Моргану | Зеленский",
    3 for "W trzyminutowym materiale | dziennikarka"; 0 when there is none, when
    the opening words do not end on a noun ("Запорожской | области": an adjective agreeing with what
    follows), or without an analyser."""
    if lang not in LANGS or len(words) < 2 or _loader(lang) is None:
        return 0
    k = 0
    while k < len(words) - 1:
        readings = analyse(words[k], lang)
        prep = bool(readings) and len(words[k]) <= 4 and any(r.pos == "PREP" for r in readings)
        if not (prep or oblique_only(words[k], lang)):
            break
        k += 1
    if k == 0:
        return 0
    last = analyse(words[k - 1], lang)
    if not last or not all(r.pos == "NOUN" for r in last):
        return 0  # the lead must end on its noun
    nxt = analyse(words[k], lang)
    if nxt is None or nxt and not any("nom" in r.cases for r in nxt) or not nxt and not words[k][:1].isupper():
        return 0  # what follows must be able to be the subject (or be a capitalised word the dictionary lacks)
    return k


def _case_numbers(word: str, lang: str) -> set[tuple[str, str | None]]:
    return {(c, r.number) for r in analyse(word, lang) or () if r.pos in ("NOUN", "ADJ") for c in r.cases}


def disagreeing_lead(words: list[str], lang: str) -> int:
    """How many opening words of a run of capitalised words share no case and number with the name
    that ends it: 1 for "(сказал РИА) Новости | Рогов" (a plural noun before a singular surname); 0
    when every known word can agree, when the last word is no first name or surname the dictionary
    knows, when an opening word is unknown to it, or without an analyser."""
    if lang not in LANGS or len(words) < 2 or _loader(lang) is None or not all(w[:1].isupper() for w in words):
        return 0
    sets = [_case_numbers(w, lang) for w in words]
    k, common = len(words) - 1, sets[-1]
    if not common or not any(r.name for r in analyse(words[-1], lang) or ()):
        return 0  # only before a person's name ("Министерства | Иностранных Дел" is one body's name)
    while k > 0:
        s = sets[k - 1]
        if not s:
            return 0  # an unknown word: no evidence either way
        if not s & common:
            break
        common &= s
        k -= 1
    return k if all(sets[:k]) else 0


def apposition_lead(before: str, words: list[str], lang: str) -> int:
    """1 when a run of three or more capitalised words follows a lowercase noun in an oblique case and
    its first word is unknown to the dictionary: the first word names what that noun is ("w rozmowie z
    portalem Vox | Jakow Feygin", "в интервью изданию Politico | Джо Байден"); else 0."""
    if lang not in LANGS or len(words) < 3 or not before[:1].islower() or _loader(lang) is None \
            or not all(w[:1].isupper() for w in words):
        return 0
    prev = analyse(before, lang)
    if not prev or not all(r.pos == "NOUN" and r.cases and r.cases <= OBLIQUE for r in prev):
        return 0
    return 1 if analyse(words[0], lang) == () else 0  # a title the dictionary does not know ("Vox")


def oblique_only_noun(word: str, lang: str) -> bool:
    """A lowercase noun the dictionary knows in the dative, instrumental or locative only ("вопросом",
    "materiale"): no subject (a genitive may be a source's: "по словам президента")."""
    readings = analyse(word, lang)
    return word[:1].islower() and bool(readings) and all(r.pos == "NOUN" and r.cases and r.cases <= OBLIQUE
                                                         for r in readings)


COORDINATORS = {"ru": frozenset("и а но".split()), "pl": frozenset("i a ale oraz".split())}


def second_predicate(cue: str, conj: str, verb: str, lang: str) -> bool:
    """", и призвал" after "<X> заявил, что ...": a conjunction and a past-tense verb of the cue's own gender
    and number, with no subject between: the speaker's second predicate, which ends the reported clause."""
    if lang not in LANGS or conj.lower() not in COORDINATORS[lang] or _loader(lang) is None:
        return False
    a, b = past_gender(cue.lower(), lang), past_gender(verb.lower(), lang)
    return a is not None and a == b
