"""A small generated news corpus in six languages for the store, ingest, analytics and export tests.

Articles are built from per-language word lists with a seeded random generator, so unrelated
articles share little text (the dupes tests rely on it), plus one republication: the same story
on another site with a reworded title and a few small edits.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

LANGS = {
    "en": {
        "subjects": ["The minister", "The opposition leader", "A local council", "The central bank", "The union",
                     "A group of farmers", "The prime minister", "The health agency", "Police officers", "Teachers"],
        "verbs": ["announced", "criticised", "approved", "rejected", "defended", "questioned", "delayed", "promised"],
        "objects": ["a new budget plan", "the tax reform", "the energy subsidies", "the housing programme",
                    "the school funding", "the border controls", "a pension increase", "the hospital merger"],
        "places": ["in the capital", "in the northern region", "before parliament", "at a press conference",
                   "in a television interview", "after the meeting", "during the summit", "on Tuesday"],
        "loaded": ["This disgraceful decision is a shameful betrayal of ordinary families.",
                   "Everyone knows the corrupt elite will never listen to the people."],
    },
    "fr": {
        "subjects": ["Le ministre", "Le chef de l'opposition", "Le conseil municipal", "La banque centrale",
                     "Le syndicat", "Un groupe d'agriculteurs", "La première ministre", "L'agence de santé",
                     "Les policiers", "Les enseignants"],
        "verbs": ["a annoncé", "a critiqué", "a approuvé", "a rejeté", "a défendu", "a remis en question",
                  "a retardé", "a promis"],
        "objects": ["un nouveau plan budgétaire", "la réforme fiscale", "les aides à l'énergie",
                    "le programme de logement", "le financement des écoles", "les contrôles aux frontières",
                    "une hausse des retraites", "la fusion des hôpitaux"],
        "places": ["dans la capitale", "dans la région du nord", "devant le parlement", "lors d'une conférence de presse",
                   "dans une interview télévisée", "après la réunion", "pendant le sommet", "mardi dernier"],
        "loaded": ["Cette décision honteuse est une trahison scandaleuse des familles ordinaires.",
                   "Tout le monde sait que cette élite corrompue n'écoutera jamais le peuple."],
    },
    "de": {
        "subjects": ["Der Minister", "Der Oppositionsführer", "Der Stadtrat", "Die Zentralbank", "Die Gewerkschaft",
                     "Eine Gruppe von Landwirten", "Der Bundeskanzler", "Die Gesundheitsbehörde", "Die Polizei",
                     "Die Lehrer"],
        "verbs": ["kündigte", "kritisierte", "genehmigte", "lehnte", "verteidigte", "hinterfragte", "verzögerte",
                  "versprach"],
        "objects": ["einen neuen Haushaltsplan", "die Steuerreform", "die Energiehilfen", "das Wohnungsprogramm",
                    "die Finanzierung der Schulen", "die Grenzkontrollen", "eine Rentenerhöhung",
                    "die Fusion der Krankenhäuser"],
        "places": ["in der Hauptstadt", "im nördlichen Bundesland", "vor dem Bundestag", "auf einer Pressekonferenz",
                   "in einem Fernsehinterview", "nach der Sitzung", "während des Gipfels", "am Dienstag"],
        "loaded": ["Diese schändliche Entscheidung ist ein skandalöser Verrat an den normalen Familien.",
                   "Jeder weiß, dass die korrupte Elite niemals auf das Volk hören wird."],
    },
    "es": {
        "subjects": ["El ministro", "El líder de la oposición", "El ayuntamiento", "El banco central", "El sindicato",
                     "Un grupo de agricultores", "El presidente del gobierno", "La agencia de salud", "Los policías",
                     "Los profesores"],
        "verbs": ["anunció", "criticó", "aprobó", "rechazó", "defendió", "cuestionó", "retrasó", "prometió"],
        "objects": ["un nuevo plan de presupuesto", "la reforma fiscal", "las ayudas a la energía",
                    "el programa de vivienda", "la financiación de las escuelas", "los controles fronterizos",
                    "una subida de las pensiones", "la fusión de los hospitales"],
        "places": ["en la capital", "en la región del norte", "ante el parlamento", "en una rueda de prensa",
                   "en una entrevista de televisión", "después de la reunión", "durante la cumbre", "el martes"],
        "loaded": ["Esta decisión vergonzosa es una traición escandalosa a las familias trabajadoras.",
                   "Todo el mundo sabe que la élite corrupta nunca escuchará al pueblo."],
    },
    "it": {
        "subjects": ["Il ministro", "Il leader dell'opposizione", "Il consiglio comunale", "La banca centrale",
                     "Il sindacato", "Un gruppo di agricoltori", "Il presidente del consiglio", "L'agenzia sanitaria",
                     "I poliziotti", "Gli insegnanti"],
        "verbs": ["ha annunciato", "ha criticato", "ha approvato", "ha respinto", "ha difeso", "ha messo in dubbio",
                  "ha rinviato", "ha promesso"],
        "objects": ["un nuovo piano di bilancio", "la riforma fiscale", "gli aiuti per l'energia",
                    "il programma per la casa", "il finanziamento delle scuole", "i controlli alle frontiere",
                    "un aumento delle pensioni", "la fusione degli ospedali"],
        "places": ["nella capitale", "nella regione del nord", "davanti al parlamento", "durante una conferenza stampa",
                   "in un'intervista televisiva", "dopo la riunione", "durante il vertice", "martedì scorso"],
        "loaded": ["Questa decisione vergognosa è un tradimento scandaloso delle famiglie comuni.",
                   "Tutti sanno che questa élite corrotta non ascolterà mai il popolo."],
    },
    "ru": {
        "subjects": ["Министр", "Лидер оппозиции", "Городской совет", "Центральный банк", "Профсоюз",
                     "Группа фермеров", "Премьер-министр", "Агентство здравоохранения", "Полицейские", "Учителя"],
        "verbs": ["объявил", "раскритиковал", "одобрил", "отклонил", "защитил", "поставил под сомнение",
                  "отложил", "пообещал"],
        "objects": ["новый бюджетный план", "налоговую реформу", "энергетические субсидии", "жилищную программу",
                    "финансирование школ", "пограничный контроль", "повышение пенсий", "слияние больниц"],
        "places": ["в столице", "в северном регионе", "перед парламентом", "на пресс-конференции",
                   "в телевизионном интервью", "после заседания", "во время саммита", "во вторник"],
        "loaded": ["Это позорное решение является скандальным предательством простых семей.",
                   "Все знают, что коррумпированная элита никогда не будет слушать народ."],
    },
}
SOURCES = ["daily-post.example", "news-wire.example", "the-voice.example"]


def _sentence(words: dict, rng: random.Random) -> str:
    return (f"{rng.choice(words['subjects'])} {rng.choice(words['verbs'])} {rng.choice(words['objects'])} "
            f"{rng.choice(words['places'])}, {rng.choice(words['objects'])} {rng.choice(words['places'])}.")


def make_article(lang: str, number: int, *, paragraphs: int = 4) -> dict:
    """One generated article record (JSONL corpus layout): id, title, text, source, published."""
    words = LANGS[lang]
    rng = random.Random(f"{lang}-{number}")
    body = []
    for p in range(paragraphs):
        sentences = [_sentence(words, rng) for _ in range(3)]
        if p == 1 and number % 2 == 0:
            sentences.append(words["loaded"][number % len(words["loaded"])])
        body.append(" ".join(sentences))
    title = _sentence(words, rng).split(",")[0]
    month = 1 + (number % 6)
    return {"id": f"{lang}-{number}", "title": title, "text": "\n\n".join(body),
            "source": SOURCES[number % len(SOURCES)], "published": f"2024-{month:02d}-{10 + number % 15:02d}"}


def republish(record: dict, *, source: str, new_title: str) -> dict:
    """The same story on another site: a reworded headline, two words changed, a line added."""
    text = record["text"]
    first_para, rest = text.split("\n\n", 1)
    words = first_para.split(" ")
    words[2] = words[2].upper()
    words[-3] = "(updated)"
    text = " ".join(words) + "\n\n" + rest + "\n\nThis article first appeared elsewhere."
    return {**record, "id": record["id"] + "-copy", "title": new_title, "text": text, "source": source,
            "published": record["published"][:-2] + "28"}


def make_corpus(per_lang: int = 3) -> list[dict]:
    """``per_lang`` articles in each of six languages plus one republication of the first English one."""
    records = [make_article(lang, n) for lang in LANGS for n in range(per_lang)]
    records.append(republish(records[0], source="copycat.example", new_title="Reworded: " + records[0]["title"]))
    return records


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_generated_corpus_is_six_languages_of_distinct_articles():
    records = make_corpus(per_lang=3)
    assert len(records) == 6 * 3 + 1
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["text"] for r in records}) == len(records)
    assert {r["id"].split("-")[0] for r in records} == set(LANGS)


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_generated_articles_are_detected_in_their_language(nlp, lang):
    record = make_article(lang, 1)
    article = nlp(record["title"] + "\n\n" + record["text"], id=record["id"])
    assert article.meta.lang == lang


def with_quote(report: dict) -> dict:
    """The report with one attributed quote, in the shape the attribution component reports it:
    quote -> speaker id, speaker with its mentions (used where no model attributes quotes)."""
    text = report["text"]
    body = report["paragraphs"][1]
    first_space = text.index(" ", body["start"])
    quote_start, quote_end = first_space + 1, min(body["end"], first_space + 60)
    speaker = {"id": "S1", "name": "Jane Doe", "title": "minister", "kind": "person",
               "mentions": [{"start": body["start"], "end": first_space, "text": text[body["start"]:first_space]}]}
    quote = {"id": "Q1", "start": quote_start, "end": quote_end, "text": text[quote_start:quote_end],
             "kind": "direct", "cue": None, "speaker": "S1",
             "pieces": [{"start": quote_start, "end": quote_end, "paragraph": 1}]}
    return {**report, "quotes": [quote], "speakers": [speaker], "entities": [{**speaker, "mention_count": 1,
                                                                                 "quotes": 1, "techniques": {}}]}


def build_store(path: Path, nlp, per_lang: int = 2) -> Path:
    """A store of the generated corpus (analysed with ``nlp``), the first article given a quote."""
    from spinscope.batch import InProcessExecutor, analyse_units, iter_units
    from spinscope.batch.worker import Outcome  # noqa: F401 - documents what analyse_units returns
    from spinscope.options import AnalysisOptions
    from spinscope.store import Store, StoreItem

    corpus = write_jsonl(path.with_suffix(".jsonl"), make_corpus(per_lang=per_lang))
    units = list(iter_units([corpus], AnalysisOptions()))
    outcomes = InProcessExecutor(nlp).map_chunks([units])
    with Store.open(path, read_only=False) as store:
        for chunk in outcomes:
            items = [StoreItem(with_quote(o.report) if i == 0 else o.report, o.content_hash, o.input, o.warnings,
                               o.model_version) for i, o in enumerate(chunk)]
            store.add_many(items)
    return path
