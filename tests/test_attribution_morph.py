"""Russian and Polish dictionary morphology in attribution (``attribution/morph.py``): the analysers,
the speaker and clause rules that use them, and attribution unchanged without them."""

from __future__ import annotations

import pytest

from spinscope.attribution import morph, predict
from spinscope.pipeline import Pipeline

nlp = Pipeline(None)  # attribution needs no model

needs_ru = pytest.mark.skipif(not morph.available("ru"), reason="pymorphy3 not installed")
needs_pl = pytest.mark.skipif(not morph.available("pl"), reason="morfeusz2 not installed")


def rows(text: str, lang: str):
    article = nlp(text, lang=lang)
    t = article.text
    return [(q.kind, t[q.start:q.end], q.speaker.name if q.speaker else None) for q in predict(article).quotes]


@pytest.fixture
def without_morphology(monkeypatch):
    """Attribution as if neither package were installed."""
    monkeypatch.setattr(morph, "_loader", lambda lang: None)
    morph._cached.cache_clear()
    yield
    morph._cached.cache_clear()


def test_analyse_without_analyser_is_none(without_morphology):
    assert morph.analyse("сказала", "ru") is None
    assert morph.analyse("powiedziała", "pl") is None
    assert morph.oblique_lead(["Пирсу", "Моргану", "Зеленский"], "ru") == 0
    assert not morph.second_predicate("заявил", "и", "призвал", "ru")


def test_other_languages_have_no_analyser():
    assert morph.analyse("said", "en") is None
    assert morph.oblique_lead(["To", "the", "press", "Smith"], "en") == 0


@needs_ru
def test_russian_readings():
    (reading,) = [r for r in morph.analyse("сказала", "ru") if r.pos == "VERB"]
    assert (reading.lemma, reading.gender, reading.number, reading.tense) == ("сказать", "f", "sg", "past")
    assert morph.past_gender("сказали", "ru") == (None, "pl")
    assert any(r.name == "surname" and "gen" in r.cases and r.lemma == "лавров" for r in morph.analyse("Лаврова", "ru"))
    assert morph.oblique_only("вопросом", "ru") and not morph.oblique_only("Лаврова", "ru")
    assert morph.analyse("Кобахидзе", "ru") == ()  # unknown to the dictionary: no guessed readings


@needs_ru
def test_russian_leads():
    assert morph.oblique_lead(["Пирсу", "Моргану", "Зеленский"], "ru") == 2
    assert morph.oblique_lead(["Запорожской", "области"], "ru") == 0  # an adjective agreeing with its noun
    assert morph.disagreeing_lead(["Новости", "Рогов"], "ru") == 1
    assert morph.disagreeing_lead(["Сергея", "Лаврова"], "ru") == 0
    assert morph.disagreeing_lead(["Министерства", "Иностранных", "Дел"], "ru") == 0  # no person's name
    assert morph.oblique_only_noun("вопросом", "ru") and not morph.oblique_only_noun("президента", "ru")
    assert morph.second_predicate("заявил", "и", "призвал", "ru")
    assert not morph.second_predicate("заявил", "и", "призвала", "ru")


@needs_pl
def test_polish_readings_and_leads():
    assert morph.past_gender("powiedziała", "pl") == ("f", "sg")
    assert any(r.name == "surname" and "gen" in r.cases for r in morph.analyse("Kaczyńskiego", "pl"))
    assert morph.oblique_lead(["W", "krótkim", "materiale", "reporterka"], "pl") == 3
    assert morph.apposition_lead("portalem", ["Vox", "Jan", "Kowalski"], "pl") == 1
    assert morph.apposition_lead("portal", ["Vox", "Jan", "Kowalski"], "pl") == 0  # a nominative before it


RU_AGENCY = ("Заголовок\n\n"
             "Депутат Иван Сорокин выступил в парламенте.\n\n"
             "«Мы не отступим от своих планов», — сказал РИА Новости Сорокин.")
RU_SECOND = ("Заголовок\n\n"
             "Губернатор Петр Волков заявил, что область полностью готова к зиме, и призвал жителей экономить "
             "электричество.")
PL_LEAD = ("Tytuł\n\n"
           "Reporterka Anna Nowak opisała sytuację w kraju. W krótkim materiale reporterka podkreśliła, że przyczyną "
           "kryzysu są przede wszystkim sankcje.")


@needs_ru
def test_russian_rules_in_attribution():
    assert next(r[2] for r in rows(RU_AGENCY, "ru") if "отступим" in r[1]) == "Иван Сорокин"
    content = next(r[1] for r in rows(RU_SECOND, "ru") if r[0] == "indirect")
    assert content == "область полностью готова к зиме"


@needs_pl
def test_polish_rule_in_attribution():
    assert next(r[2] for r in rows(PL_LEAD, "pl") if "sankcje" in r[1]) == "reporterka"


@pytest.mark.parametrize("text,lang,expected", [
    (RU_AGENCY, "ru", ("direct", "Мы не отступим от своих планов", "Новости Сорокин")),
    (RU_SECOND, "ru", ("indirect", "область полностью готова к зиме, и призвал жителей экономить электричество",
                       "Петр Волков")),
    (PL_LEAD, "pl", ("indirect", "przyczyną kryzysu są przede wszystkim sankcje", "krótkim materiale reporterka"))])
def test_attribution_without_morphology(without_morphology, text, lang, expected):
    # without the packages the rules work as before them (these are the spans and names they gave)
    assert rows(text, lang) == [expected]
