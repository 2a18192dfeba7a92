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
    if f.endswith(("ed", "ing", "s")) or len(f) < 3:
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
