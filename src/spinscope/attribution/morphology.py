"""Regular inflected forms of the cue verbs the lexicons list, generated once at import.

A reporter writes a cue verb in any person, number, tense or aspect ("zauważyli" for the listed
"zauważył", "teilten mit" for "teilte mit", "dichiarano" for "dichiarato"); listing each form by
hand left gaps that only showed on unseen articles. :func:`inflect` derives, from each listed form,
the regular forms of its paradigm that a reporter uses in the third person, by suffix rules per
language. A rule may produce a non-word ("mówiał"); it never occurs in text, so it costs nothing.
Forms that are also common nouns or adjectives are kept out by the cue search's own noun tests
(a determiner before the word); :data:`NOT_GENERATED` lists the few generated forms that are
everyday words of another class.
"""

from __future__ import annotations

# generated forms that are frequent words of another class in news text
NOT_GENERATED = frozenset("""
stats posts notes states charges reports demands promises claims answers comments remarks jokes fumes snaps
dira diraient dirait dirent
meine meinen
""".split())

_DE_INSEPARABLE = ("be", "er", "ver", "zer", "ent", "emp", "ge", "miss", "hinter", "über", "unter", "wider")


def _en(f: str) -> set[str]:
    out: set[str] = set()
    if len(f) < 3 or f.endswith("ing"):
        return out
    if f.endswith("ied") and len(f) > 4:  # a past gives its third person: "denied" -> "denies"
        return {f[:-3] + "ies"}
    if f.endswith("ed") and len(f) > 4:
        stem = f[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            return {stem[:-1] + "s"}  # "quipped" -> "quips"
        if stem.endswith(("sh", "ch", "x", "ss")):
            return {stem + "es"}  # "pushed" -> "pushes"
        # "called" -> "calls", "noted" -> "notes": both readings; the wrong one is no word a text uses
        return {stem + "s", f[:-1] + "s"}
    if f.endswith("ies") and len(f) > 4:  # a third person gives its past: "replies" -> "replied"
        return {f[:-3] + "ied"}
    if f.endswith("es") and f[:-2].endswith(("sh", "ch", "x", "ss")):
        return {f[:-2] + "ed"}
    if f.endswith("s") and not f.endswith(("ss", "us", "is")) and len(f) > 3:
        stem = f[:-1]
        return {stem + "d"} if stem.endswith("e") else {stem + "ed"}
    if f.endswith(("s", "ed")):
        return out
    # a bare verb: its third person and its past
    if f.endswith("e"):
        out |= {f + "s", f + "d"}
    elif f.endswith("y") and f[-2] not in "aeiou":
        out |= {f[:-1] + "ies", f[:-1] + "ied"}
    elif f.endswith(("s", "sh", "ch", "x", "z")):
        out |= {f + "es", f + "ed"}
    else:
        out |= {f + "s", f + "ed"}
    return out


def _pl_past(f: str) -> set[str]:
    """All third-person past forms from any one of them ("zauważył" -> "zauważyła", "zauważyli")."""
    for end in ("ła", "ło", "ły", "li"):
        if f.endswith(end) and len(f) > 5:
            stem = f[:-len(end)]
            if end == "li" and stem.endswith("ie") and stem[:-2].endswith("dz"):
                stem = stem[:-1] + "a"  # "powiedzieli" -> "powiedzia-"
            f = stem + "ł"
            break
    if not f.endswith("ł") or len(f) < 5:
        return set()
    stem = f[:-1]
    out = {f, stem + "ła", stem + "ło", stem + "ły", stem + "li"}
    # the impersonal "-no" form ("podał" -> "podano", "zwrócił" -> "zwrócono", "zaznaczył" -> "zaznaczono")
    if stem.endswith("a"):
        out.add(stem[:-1] + "ano")
    elif stem.endswith(("i", "y")):
        out.add(stem[:-1] + "ono")
    if stem.endswith("dzia"):
        out.add(stem[:-1] + "eli")  # "powiedział" -> "powiedzieli"
    return out


def _pl_present(f: str) -> set[str]:
    """Third person singular <-> plural of the present ("podkreśla" <-> "podkreślają")."""
    out = set()
    if f.endswith("ają"):
        out.add(f[:-2])
    elif f.endswith("ują"):
        out.add(f[:-1] + "e")
    elif f.endswith("uje") or f.endswith("aje"):
        out.add(f[:-1] + "ą")
    elif f.endswith("a") and not f.endswith("ła"):
        out.add(f + "ją")
    elif f.endswith("y"):
        out.add(f[:-1] + "ą")
    elif f.endswith("dzi"):
        out.add(f[:-1] + "ą")
    elif f.endswith("i") and not f.endswith("li"):
        out.add(f + "ą")
    return out


def _pl(f: str) -> set[str]:
    out = set()
    past = _pl_past(f)
    out |= past
    masc = next((p for p in past if p.endswith("ł")), None)
    if masc is not None:
        stem = masc[:-1]
        # the imperfective partner of a perfective past ("zaznaczył" -> "zaznaczał", "wskazał" -> "wskazywał")
        imperf = set()
        if stem.endswith(("i", "y")) and len(stem) > 5:
            base = stem[:-1]
            imperf.add(base + ("iał" if base.endswith(("n", "m", "w", "p", "b")) else "ał"))
        elif stem.endswith("a") and len(stem) > 4 and not stem.endswith(("ywa", "iwa", "awa", "owa")):
            base = stem[:-1]
            imperf.add(base + ("awał" if base.endswith(("d", "n")) else "ywał"))
        # the perfective partner of an imperfective past ("przekonywał" -> "przekonał", "podkreślał" -> "podkreślił")
        perf = set()
        if stem.endswith(("ywa", "awa")) and len(stem) > 6:
            perf.add(stem[:-3] + "ał")
        elif stem.endswith("ia") and len(stem) > 5:
            perf.add(stem[:-2] + "ił")
        elif stem.endswith("a") and len(stem) > 5 and not stem.endswith("owa"):
            perf.add(stem[:-1] + ("ył" if stem[:-1].endswith(("cz", "sz", "rz", "ż", "c")) else "ił"))
        for p in perf:
            out |= _pl_past(p)
        for p in imperf:
            out |= _pl_past(p)
            # its present: "zaznaczał" -> "zaznacza", "wskazywał" -> "wskazuje", "dodawał" -> "dodaje"
            pres = p[:-4] + "uje" if p.endswith("ywał") else p[:-3] + "je" if p.endswith("awał") else p[:-1]
            out |= {pres} | _pl_present(pres)
    out |= _pl_present(f)
    return out


def _ru(f: str) -> set[str]:
    out = set()
    # past: masculine, feminine, neuter, plural, reflexive ("заявил" -> "заявила", "заявило", "заявили")
    for end, refl in (("лся", True), ("лась", True), ("лось", True), ("лись", True),
                      ("л", False), ("ла", False), ("ло", False), ("ли", False)):
        if f.endswith(end) and len(f) > 4:
            stem = f[:-len(end)]
            if refl:
                out |= {stem + "лся", stem + "лась", stem + "лось", stem + "лись"}
            else:
                out |= {stem + "л", stem + "ла", stem + "ло", stem + "ли"}
            break
    # present third person singular <-> plural ("отмечает" <-> "отмечают", "говорит" <-> "говорят")
    for sg, pl in (("ает", "ают"), ("яет", "яют"), ("ует", "уют"), ("еет", "еют"), ("ит", "ят"), ("ишет", "ишут")):
        if f.endswith(sg) and len(f) > 5:
            out.add(f[:-len(sg)] + pl)
        elif f.endswith(pl) and len(f) > 5:
            out.add(f[:-len(pl)] + sg)
    return out


def _de(f: str) -> set[str]:
    out = set()
    if len(f) < 5:
        return out
    stem = None
    if f.endswith("ten") and not f.endswith("tten"):
        stem = f[:-3]
    elif f.endswith("te"):
        stem = f[:-2]
    elif f.endswith("en") and not f.startswith("ge"):
        stem = f[:-2]
    elif f.endswith("t") and not f.startswith("ge"):
        stem = f[:-1]
    elif not f.endswith(("e", "n")):
        out |= {f + "en"}  # a strong past: "schrieb" -> "schrieben", "verwies" -> "verwiesen"
        return out
    if stem is None or len(stem) < 3:
        return out
    # present 3rd singular and plural, weak past singular and plural, Konjunktiv I
    out |= {stem + "t", stem + "en", stem + "te", stem + "ten", stem + "e"}
    if stem.endswith(("t", "d")):
        out |= {stem + "et", stem + "ete", stem + "eten"}
    if not stem.startswith(_DE_INSEPARABLE) and not stem.endswith("ier"):
        out.add("ge" + stem + "t")
    return out


def _romance(f: str, lang: str) -> set[str]:
    out = set()
    if lang == "fr":
        # first group: participle, present, imparfait, passé simple ("déclaré" -> "déclare", "déclarait", "déclara")
        stem = f[:-1] if f.endswith("é") else f[:-3] if f.endswith("ent") and not f.endswith("ment") \
            else f[:-3] if f.endswith("ait") else f[:-1] if f.endswith("e") else None
        if stem and len(stem) >= 3 and not stem.endswith(("i", "u")):
            out |= {stem + "é", stem + "e", stem + "ent", stem + "ait", stem + "aient", stem + "a", stem + "èrent"}
            if stem.endswith(("g",)):
                out |= {stem + "eait", stem + "eaient", stem + "ea"}  # "jugeait"
            if stem.endswith("c"):
                out |= {stem[:-1] + "çait", stem[:-1] + "çaient", stem[:-1] + "ça"}  # "annonçait"
        # second group (-ir: "averti" -> "avertit", "avertissait") and -re verbs ("répondu" -> "répondit", "répondait")
        if f.endswith("i") and len(f) >= 5:
            out |= {f + "t", f + "ssent", f + "ssait", f + "ssaient", f + "rent"}
        elif f.endswith("u") and len(f) >= 6:
            stem = f[:-1]
            out |= {stem + "it", stem + "irent", stem + "ait", stem + "aient", stem + "ent"}
        return out
    # Italian -ere and -ire present ("scrive" -> "scriveva", "scrivono"; "ribadisce" -> "ribadiva", "ribadiscono")
    if f.endswith("isce") and len(f) > 6:
        out |= {f[:-4] + "iva", f[:-4] + "ivano", f[:-1] + "ono", f[:-4] + "ì", f[:-4] + "irono"}
    elif f.endswith("e") and len(f) > 5 and not f.endswith(("ie", "ge", "ce")):
        out |= {f[:-1] + "eva", f[:-1] + "evano", f[:-1] + "ono"}
    # Italian: -are verbs from participle, present or imperfetto ("dichiarato" -> "dichiara", "dichiarava")
    stem = f[:-3] if f.endswith("ato") else f[:-3] if f.endswith("ano") \
        else f[:-3] if f.endswith("ava") else f[:-1] if f.endswith("a") and len(f) > 5 else None
    if stem and len(stem) >= 3:
        out |= {stem + "ato", stem + "a", stem + "ano", stem + "ava", stem + "avano", stem + "ò", stem + "arono"}
    # -ire verbs ("avvertito", "chiarito"): imperfetto and passato remoto
    if f.endswith("ito") and len(f) > 6:
        stem = f[:-3]
        out |= {stem + "iva", stem + "ivano", stem + "ì", stem + "irono"}
    return out


def inflect(lang: str, forms: frozenset[str]) -> dict[str, str]:
    """The regular forms of ``forms`` not already listed, each mapped to the listed form it came from."""
    rule = {"en": _en, "pl": _pl, "ru": _ru, "de": _de,
            "fr": lambda f: _romance(f, "fr"), "it": lambda f: _romance(f, "it")}.get(lang)
    out: dict[str, str] = {}
    if rule is None:
        return out
    for f in sorted(forms):
        if " " in f or "-" in f:
            continue
        for g in rule(f):
            if g not in forms and g not in NOT_GENERATED and g not in out:
                out[g] = f
    return out


# --- role and title nouns ---------------------------------------------------------------------
# A role noun before a name is the person's title ("Moderator | Ben Armstrong", "dem Journalisten |
# Ben Armstrong", "политолога | Дмитрия Дробницкого", "cronista"); the lexicons list one or two forms
# of each. :func:`inflect_nouns` derives the case, number and gender forms a reporter writes, by
# suffix rules per language, like :func:`inflect` does for cue verbs. A rule may produce a non-word;
# it never occurs in text.

def _noun_en(f: str) -> set[str]:
    if f.endswith("s"):
        return set()
    if f.endswith("y") and len(f) > 2 and f[-2] not in "aeiou":
        return {f[:-1] + "ies"}
    if f.endswith(("sh", "ch", "x")):
        return {f + "es"}
    return {f + "s"}


def _noun_de(f: str) -> set[str]:
    if f.endswith("e"):  # Experte, Abgeordnete, Politologe: weak nouns and adjectival nouns
        return {f + "n", f + "r", f + "m", f + "s", f[:-1] + "in", f[:-1] + "innen"}
    if f.endswith("in"):  # Präsidentin -> Präsidentinnen
        return {f + "nen"}
    if f.endswith("er"):  # Sprecher, Minister, Moderator-like agent nouns
        return {f + "s", f + "n", f + "in", f + "innen"}
    # Journalist, Präsident, Analyst, Diplomat, Moderator, Professor
    out = {f + "en", f + "in", f + "innen", f + "s", f + "es", f + "e", f + "n"}
    if f.endswith("or"):
        out |= {f + "s", f + "en", f + "in", f + "innen"}
    return out


def _noun_romance(f: str, lang: str) -> set[str]:
    out: set[str] = set()
    if lang == "fr":
        out |= {f + "s"} if not f.endswith(("s", "x")) else set()
        if f.endswith("eur"):
            out |= {f[:-3] + "rice", f[:-3] + "euse", f[:-3] + "rices", f[:-3] + "euses", f + "e", f + "es"}
        elif f.endswith(("t", "d", "é", "n", "l", "r")):
            out |= {f + "e", f + "es"}
        return out
    if f.endswith("o"):
        out |= {f[:-1] + "a", f[:-1] + "i", f[:-1] + "e"}
    elif f.endswith("ista"):
        out |= {f[:-1] + "i", f[:-1] + "e"}
    elif f.endswith("a"):
        out |= {f[:-1] + "e"}
    elif f.endswith("tore"):
        out |= {f[:-1] + "i", f[:-4] + "trice", f[:-4] + "trici"}
    elif f.endswith("e"):
        out |= {f[:-1] + "i", f[:-1] + "essa", f[:-1] + "esse"}
    return out


def _noun_pl(f: str) -> set[str]:
    if f.endswith(("y", "i")) and not f.endswith("ący"):  # śledczy-like adjectival or plural forms: leave
        return set()
    if f.endswith(("ący", "ąca")):  # przewodniczący / przewodnicząca: adjectival declension
        stem = f[:-1]
        return {stem + e for e in ("y", "ego", "emu", "ym", "a", "ej", "ą", "e", "ych", "ymi")}
    if f.endswith("a"):  # dyplomata, ekonomista, posłanka, szefowa
        stem = f[:-1]
        if f.endswith("owa"):
            return {stem + e for e in ("ej", "ą")}
        return {stem + e for e in ("y", "ie", "ę", "ą", "o", "i", "ów", "om", "ami", "ach")}
    stem = f[:-2] + f[-1] if f.endswith("ek") and len(f) > 4 else f  # marszałek -> marszałka
    if f.endswith("eł"):
        stem = f[:-2] + "ł"  # poseł -> posła
    out = {stem + e for e in ("a", "owi", "em", "u", "ie", "owie", "ów", "om", "ami", "ach", "y", "i")}
    if f.endswith(("k", "g")):
        out |= {stem + "iem"}
    return out


def _noun_ru(f: str) -> set[str]:
    if f.endswith(("ий", "ый")):  # уполномоченный, командующий: adjectival declension
        stem = f[:-2]
        soft = f.endswith("ий")
        return {stem + e for e in (("его", "ему", "им", "ем", "ая", "ей", "ую", "ие", "их")
                                   if soft else ("ого", "ому", "ым", "ом", "ая", "ой", "ую", "ые", "ых"))}
    if f.endswith("ь"):  # представитель, секретарь
        stem = f[:-1]
        return {stem + e for e in ("я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях")}
    if f.endswith(("а", "я")):  # глава, судья
        stem = f[:-1]
        return {stem + e for e in ("ы", "и", "е", "у", "ю", "ой", "ей")}
    if f.endswith(("ы", "и")):
        return set()
    return {f + e for e in ("а", "у", "ом", "е", "ы", "и", "ов", "ам", "ами", "ах", "ем", "ю")}


def inflect_nouns(lang: str, forms: frozenset[str]) -> frozenset[str]:
    """The regular case, number and gender forms of the role and title nouns ``forms`` (listed forms
    included): the vocabulary a role word before a person's name is recognised by."""
    rule = {"en": _noun_en, "de": _noun_de, "pl": _noun_pl, "ru": _noun_ru,
            "fr": lambda f: _noun_romance(f, "fr"), "it": lambda f: _noun_romance(f, "it")}.get(lang)
    out = set(forms)
    if rule is None:
        return frozenset(out)
    for f in forms:
        if " " in f or len(f) < 3 or f.endswith("."):
            continue
        out |= rule(f)
    return frozenset(out)
