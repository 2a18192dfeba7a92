"""Names in an article and who they are: mentions clustered into one entity per person or body.

"Russian Deputy Foreign Minister Sergei Ryabkov", "Ryabkov", "he" and "the deputy minister" all
become mentions of one entity. Rules, in order: capitalised runs are names (leading title words
split off as the title); a later surname, or an inflected surname in Polish or Russian (same stem),
joins the person who carried it first; a pronoun that is the subject of a cue is the most recent
speaker of a compatible kind and gender; a role description ("the Kremlin spokesman") is the most
recent person whose title holds that role, else a new speaker named by the description.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spinscope.attribution.lexicon import COUNTRY_STEMS, QUOTE_CHARS, Lexicon, common_words, lexicon_for
from spinscope.attribution.text import Token

FEMININE = frozenset("she elle lei essa ona она её ее jej".split())
MASCULINE = frozenset("he il lui egli on он er его jego".split())
# prepositions before a mention that is no subject ("Like Saviano, he said"): such a person does not
# take a later pronoun from the speaker the article was following
NON_SUBJECT_PREPOSITIONS = frozenset("""like unlike with to for against about from comme avec à pour contre
                                     wie mit für gegen come con per contro jak z ze dla przeciw как с со для
                                     против к""".split())
_PREVIOUS_WORD = re.compile(r"(\w+)[ \t]+$")
FEMININE_TITLES = frozenset("mrs. ms. mme mme. frau spokeswoman chairwoman präsidentin ministerin "
                            "sprecherin kanzlerin présidente ministra senatrice deputata".split())
# sources that are texts, not people: "the report said" is never "he"
DOCUMENTS = frozenset("report reports statement study narrative document letter article survey poll "
                      "data records memo complaint warrant filing lawsuit suit book rapport bericht "
                      "rapporto raport доклад plan paper notification petition publication website "
                      "étude lettre communiqué studie mitteilung ricerca studio articolo lettera comunicato "
                      "badanie komunikat artykuł исследование письмо статья".split())
GENITIVES = frozenset("du des della del degli dei delle di of".split())
# the person an interview is with ("собеседник агентства", "rozmówca", "l'interlocuteur"): the person named last
INTERLOCUTORS = frozenset("собеседник собеседница rozmówca rozmówczyni interlocuteur interlocutrice interlocutore "
                          "interlocutrice gesprächspartner gesprächspartnerin interlocutor".split())
# Russian and Polish genitive endings of place and body names ("Евросоюза", "Нидерландов", "Holandii")
GENITIVE_ENDINGS = ("а", "я", "ов", "ев", "ии", "ы", "ей", "ii", "ji", "ego", "u", "y")
BODY_OF_LINKS = frozenset("of de di du des del della dello dei degli delle".split())
ROMANCE_PREPOSITION_PARTICLES = frozenset("al de di da del du la le".split())
# adjective endings of the genitive singular and plural, per language (a body's name in the genitive after a role)
GENITIVE_ADJECTIVE_ENDINGS = {"pl": ("ego", "ej", "ych", "ich"), "ru": ("ого", "его", "ой", "ей", "ых", "их")}
PATRONYMIC_ENDINGS = ("вич", "вна", "чна", "ична", "вича", "вны")
FEMALE_NOUNS = frozenset("woman girl mother wife daughter sister spokeswoman femme frau donna kobieta женщина".split())
MALE_NOUNS = frozenset("man boy father husband son brother spokesman homme mann uomo mężczyzna мужчина".split())
MASCULINE_TITLES = frozenset("mr. m. herr sig. spokesman chairman".split())
INDEFINITE_ARTICLES = frozenset("a an un une uno una un' ein eine einen einem einer".split())
# roles of many or of bodies: never the one person the article follows
COLLECTIVE_ROLES = frozenset("""media reports documents records sources source company firm campaign office
ministry department agency government administration kremlin officials experts critics analysts
""".split())


# Personal pronouns of the third person in every case form, each with its subject form (the writer's "I" is an
# entity of its own, made on purpose in quotes.py): a pronoun stands for someone named elsewhere, it is never an
# entity's name ("selon lui", "Ihm zufolge", "Według niego", "a-t-il", "qu'elle veut")
PRONOUN_SUBJECTS = {
    "en": {"he": "he", "him": "he", "she": "she", "her": "she"},
    "fr": {"il": "il", "lui": "il", "elle": "elle", "ils": "ils", "eux": "ils", "elles": "elles"},
    "it": {"lui": "lui", "egli": "lui", "lei": "lei", "ella": "lei", "essa": "lei", "esso": "lui"},
    "de": {"er": "er", "ihm": "er", "ihn": "er", "sie": "sie", "ihr": "sie"},
    "pl": {"on": "on", "niego": "on", "jego": "on", "nim": "on", "ona": "ona", "niej": "ona", "nią": "ona",
           "oni": "oni", "nich": "oni", "one": "one"},
    "ru": {"он": "он", "него": "он", "его": "он", "нему": "он", "ним": "он", "нём": "он", "нем": "он",
           "она": "она", "неё": "она", "нее": "она", "её": "она", "ее": "она", "ней": "она", "ей": "она",
           "оно": "оно", "они": "они", "них": "они", "им": "они", "ними": "они"},
}
# the elided words a French or Italian pronoun may carry ("qu'elle", "s'il", "c'è")
_ELISIONS = ("qu'", "qu’", "s'", "s’", "l'", "l’", "c'", "c’", "d'", "d’", "j'", "j’", "n'", "n’")


def pronoun_of(word: str, lang: str | None = None) -> str | None:
    """The subject form of a third-person personal pronoun ``word`` (any case, elided "qu'elle" too), in
    ``lang`` when given (any language otherwise); None for any other word."""
    low = word.lower()
    for prefix in _ELISIONS:
        if low.startswith(prefix) and len(low) > len(prefix):
            low = low[len(prefix):]
            break
    if lang is not None:
        return PRONOUN_SUBJECTS.get(lang, {}).get(low)
    return next((forms[low] for forms in PRONOUN_SUBJECTS.values() if low in forms), None)


# heads of a description that count and name no one: "a few", "some", "estimates" are no person
COUNTING_WORDS = frozenset("""few many some several most others all both none
quelques-uns plusieurs certains certaines beaucoup autres plupart
alcuni alcune molti molte diversi altri parecchi tanti tutti
einige manche viele mehrere andere alle
niektórzy niektóre wielu inni część większość
некоторые многие другие несколько большинство часть""".split())


def plural_common(word: str, lang: str) -> bool:
    """A plural common noun by its ending, where the ending says so (English, French, Italian): "estimates",
    "victims", "témoins", "vittime"... are many or things, never the one person a pronoun stands for."""
    low = word.lower()
    if len(low) <= 3 or not low.isalpha():
        return False
    if lang == "en":
        return low.endswith("s") and not low.endswith(("ss", "us", "is", "ics"))
    if lang == "fr":
        return low.endswith(("s", "x")) and not low.endswith(("ss", "is", "us", "ès", "ois", "ais"))
    if lang == "it":
        return low.endswith("i")
    return False


@dataclass
class Entity:
    """A person, organisation, country or other named party of one article."""

    id: str
    name: str
    kind: str  # person | organisation | country | other
    title: str = ""
    key: str = ""
    gender: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    named_in_quotes: bool = False  # the name comes from a mention inside someone's quoted words
    places: set[str] = field(default_factory=set)  # "of Vermont": where the person comes from (lowercase)

    def add(self, start: int, end: int) -> None:
        # mentions are only ever added, here: a registry's mention index knows it is stale by their count
        if (start, end) not in self.mentions:
            self.mentions.append((start, end))
            self.mentions.sort()


# abbreviated titles and the role nouns a later description uses ("Sen. Franken" ... "the senator")
_TITLE_EXPANSIONS = {"sen.": "senator lawmaker", "senator": "lawmaker",
                     "rep.": "representative congressman congresswoman lawmaker",
                     "representative": "congressman congresswoman lawmaker",
                     "gov.": "governor", "gen.": "general", "pres.": "president", "sec.": "secretary",
                     "amb.": "ambassador", "spokeswoman": "spokesperson", "spokesman": "spokesperson",
                     "minister": "official", "secretary": "official"}


# particles that are articles: part of a name only after another particle ("von der Leyen", "Van den
# Bossche"); otherwise a genitive between two nouns ("Schweigens der Mainstream-Medien")
ARTICLE_PARTICLES = frozenset("der den".split())
RUSSIAN_ADJECTIVE_ENDINGS = ("ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им",
                             "ую", "юю", "ых", "их")
# capitalised articles that open a paper's or party's name in French, Italian and Spanish ("Le Point", "La Stampa")
NAME_ARTICLES = frozenset("Le La Les Il Lo El Los Las".split())
# lowercase definite articles and articulated prepositions of French and Italian: a person's full name does not
# follow one ("de la Moldavie Ilan Shor": the place, then the person)
ROMANCE_DEFINITE = frozenset("le la les l' l’ du des au aux il lo gli i del dello della dei degli delle al allo alla ai "
                             "agli alle nel nello nella nei negli nelle dal dallo dalla dai dagli dalle".split())
# capitalised particles opening a Romance surname ("Di Maio", "De Luca", "Del Rio"; not the prepositions
# "Da", "Dal", "Dalla" opening a sentence: "Da Calderoli ...")
SURNAME_PARTICLES = frozenset("Di De Del Della".split())
# lowercase definite articles: a person's full name takes none ("the Islamic State", "gli Stati Uniti")
# (Romance articles fused with a preposition too: "dagli Stati Uniti", "sulla TV russa Rossyia")
DEFINITE_ARTICLES = {"en": frozenset(["the"]), "fr": frozenset("le la les l' l’ du des au aux".split()),
                     "it": frozenset("""il lo la i gli le l' l’ del dello della dei degli delle al allo alla ai agli
                                     alle dal dallo dalla dai dagli dalle nel nello nella nei negli nelle sul sullo
                                     sulla sui sugli sulle""".split()),
                     "es": frozenset("el la los las del al".split())}
# heads of state names ("Democratic Republic of Congo", "United Kingdom of ...")
POLITY_WORDS = frozenset("republic kingdom states emirates federation union islands commonwealth".split())
# endings of German common nouns ("Umvolkung", "Faschismus", "Straffreiheit", "Flugzeugen")
GERMAN_NOUN_SUFFIXES = ("ung", "ungen", "heit", "keit", "schaft", "ismus", "tion", "ität", "nis", "tum", "zeugen",
                        "sachen", "ikeln")
# news agencies and broadcasters a Russian or Polish speaker talks to, named between the cue and its
# subject ("сообщил РИА Новости источник", "powiedział PAP rzecznik"), in the dative where it declines
NEWS_AGENCIES = frozenset("""тасс риа интерфакс интерфаксу рбк rt известиям ведомостям коммерсанту нтв
pap rmf tvn24 polsatowi onetowi interii""".split())


def is_agency_word(tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` is (part of) a news agency's name: "ТАСС", "PAP", the "Новости" of "РИА Новости"."""
    low = tokens[k].lower
    return low in NEWS_AGENCIES or low == "новости" and k > 0 and tokens[k - 1].lower == "риа"


# the noun of a source phrase governing the source's genitive ("Согласно | информации | издания", "Den | Worten |
# Kissingers zufolge", "według | informacji | portalu"): the words after the first of the lexicon's own
# "according" phrases, and a few the lexicon lists with one word only
SOURCE_NOUNS_EXTRA = {"pl": frozenset("informacji informacjach danych słów słowach opinii relacji ustaleń".split()),
                      "ru": frozenset("информации данным данных словам сведениям сообщению".split()),
                      "it": frozenset("parole dichiarazioni".split()), "fr": frozenset("propos".split()),
                      "de": frozenset("worten angaben".split()), "en": frozenset("words".split())}
_SOURCE_NOUNS: dict[str, frozenset[str]] = {}


def source_nouns(lex: Lexicon) -> frozenset[str]:
    """The lexicon's source nouns: the last word of its multi-word "according" phrases, and the extras."""
    nouns = _SOURCE_NOUNS.get(lex.lang)
    if nouns is None:
        nouns = frozenset(phrase[-1] for phrase in lex.according if len(phrase) > 1 and len(phrase[-1]) > 3
                          and phrase[-1] not in lex.cue_verbs and phrase[-1] not in ("nach", "croire"))
        nouns |= SOURCE_NOUNS_EXTRA.get(lex.lang, frozenset())
        _SOURCE_NOUNS[lex.lang] = nouns
    return nouns


# prepositions before a run in Polish and Russian: its first word is their object (a place or a channel),
# not part of the name that follows ("в Вашингтоне | Питер Раф", "w TVN24 | Joanna Scheuring-Wielgus")
CASE_PREPOSITIONS = frozenset("в во на у из от при w we na u z ze przy od".split())
GERMAN_ARTICLES = frozenset("der die das des dem den".split())
# particles that are prepositions after a full name ("Ben Armstrong von The New American")
TAIL_PARTICLES = frozenset("von van de di da".split())
# prefixes of a hyphenated title ("Ex-Präsident", "ex-ministre", "vice-premier")
TITLE_PREFIXES = frozenset("ex vize vice wice co ко экс вице".split())
# conjunctions joining two objects of one title ("Minister of Foreign Affairs and Trade")
# capitalised stop words that are also surnames after a first name ("Theresa May")
SURNAME_STOP_WORDS = frozenset("may march".split())
TITLE_COORDINATORS = frozenset("and & und et e i и".split())
# English: the small words inside a body's name between its capitalised words ("Committee to Protect
# Journalists", "Council on Foreign Relations", "Department of Housing and Urban Development", "Action
# Against Hunger"): after a body's noun (or, for "and", after "<body> of <words>") the name goes on
BODY_NAME_LINKS = frozenset("to for on against without and &".split())
BODY_NOUNS = frozenset("""campaign federation coalition alliance society league movement centers centres institutes
council councils committee committees department ministry institute center centre foundation fund commission
organization organisation association network project initiative action doctors""".split())


def _script(word: str) -> str:
    """"cyrillic" or "latin" by the first letter (other scripts and digits: "other")."""
    for ch in word:
        if ch.isalpha():
            return "cyrillic" if "\u0400" <= ch <= "\u04ff" else "latin" if ch.isascii() or "\u00c0" <= ch <= "\u024f" else "other"
    return "other"


def _title_words(title: str) -> set[str]:
    words = set(title.lower().replace(",", " ").split())
    expanded = {x for w in words if w in _TITLE_EXPANSIONS for x in _TITLE_EXPANSIONS[w].split()}
    return words | expanded | {w.split("-")[-1] for w in words if "-" in w}


ELIDED = ("l'", "l’", "dell'", "dell’", "all'", "all’", "nell'", "nell’", "dall'", "dall’", "sull'", "sull’",
          "un'", "un’", "d'", "d’")


def bare(word: str) -> str:
    """A word without its elided article: "l'addetto" -> "addetto", "d’État" -> "état"."""
    low = word.lower()
    for prefix in ELIDED:
        if low.startswith(prefix) and len(low) > len(prefix) + 1:
            return low[len(prefix):]
    return low


def _role_in_title(role: str, title: str) -> bool:
    """A role noun names a title, allowing gender and case endings ("ministro" / "ministra degli
    Esteri", "министр" / "министра") and German compounds ending in it ("Minister" / "Außenminister")."""
    words = _title_words(title)
    if role in words:
        return True
    if len(role) >= 5 and any(len(w) > len(role) + 2 and w.endswith((role, role + "in")) and w.isalpha()
                              for w in words):
        return True  # "der Minister" / "Außenminister", "der Sprecher" / "Regierungssprecher"
    return len(role) >= 5 and any(len(w) >= 5 and w[:-1] == role[:-1] and abs(len(w) - len(role)) <= 1
                                  or (w.startswith(role) and len(w) - len(role) <= 2) for w in words)


def _stem_match(a: str, b: str) -> bool:
    """Same surname, allowing inflection ("Пескова"/"Песков", "Ławrowa"/"Ławrow")."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 3:
        return False
    if a[:4] != b[:4]:
        return False  # the common prefix must be at least four letters: most pairs end here
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    # (and neither keeps more than three letters of its own: an ending, not another word, "Eurostat"/"Europa")
    return common >= 4 and common >= min(len(a), len(b)) - 2 and max(len(a), len(b)) - common <= 3


# stems matched by prefix, in COUNTRY_STEMS order (the first that matches names the country)
_PREFIX_STEMS = tuple((stem, name) for stem, name in COUNTRY_STEMS.items() if len(stem) >= 4)
_PREFIXES = tuple(stem for stem, _ in _PREFIX_STEMS)


# bodies of states that COUNTRY_STEMS names (so their mentions merge across languages)
SUPRANATIONAL = frozenset({"NATO", "European Union"})
# French and Italian articles and prepositions elided onto a name ("l'OTAN", "d'Ukraine", "dell'UE")
ELIDED_ARTICLES = frozenset("l d dell all dall nell sull" .split())


@lru_cache(maxsize=65536)  # a pure function of the word, asked for every capitalised token, often again
def country_of(token: str) -> str | None:
    low = token.lower().rstrip(".").replace("’", "'")
    if "'" in low and low.split("'", 1)[0] in ELIDED_ARTICLES:
        low = low.split("'", 1)[1]  # "l'OTAN", "dell'Ucraina": the article elided onto the name
    for candidate in (low, low + "."):
        if candidate in COUNTRY_STEMS:
            return COUNTRY_STEMS[candidate]
    if low.startswith(_PREFIXES):  # one C-level test rejects most words before the loop
        for stem, name in _PREFIX_STEMS:
            if low.startswith(stem):
                return name
    return None


def contracted_pronoun(word: str, lex: Lexicon) -> str | None:
    """"he'd", "she’s", "they're": the English subject pronoun of a contraction."""
    if lex.lang != "en":
        return None
    for mark in ("'", "’"):
        if mark in word:
            base, rest = word.split(mark, 1)
            if rest in ("d", "s", "ll", "ve", "re", "m") and base in lex.pronouns:
                return base
    return None


def is_bare_name(e: "Entity") -> bool:
    """A capitalised name met without a first name or title, not known as a person, body or country
    ("Trump", "Лавров", "Tusk"): a person's when it speaks or is the subject a pronoun picks up."""
    return (e.kind == "other" and not e.key.startswith("desc:") and e.name[:1].isupper() and not e.name.isupper()
            and not country_of(e.name))


def strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


class EntityRegistry:
    """The entities of one article, built in reading order."""

    def __init__(self, text: str, lex: Lexicon):
        self.text = text
        self.lex = lex
        self.entities: list[Entity] = []
        self.quoted = lambda offset: False  # set by the quote finder: is an offset inside quotes?
        # "Według Ławrowa", "Laut Peskow": a capitalised "according to" does not start a name
        self._not_names = lex.stop_capitalised | {phrase[0] for phrase in lex.according} | lex.cue_verbs
        # both token classes depend on the token's text alone and are asked many times per word
        self._title_cache: dict[str, bool] = {}
        self._name_word_cache: dict[str, bool] = {}
        self._stop_word_surnames: set[str] = set()  # "May" once "Theresa May" is known
        self.places: set[str] = set()  # places named after "<person> of" ("Sen. Bernie Sanders of Vermont")
        self._place_after: dict[int, str] = {}  # end offset of a person's run -> the place after its "of"
        # every mention (start, end) with its entity's place in ``entities`` and the entity, sorted, and the
        # starts alone (for bisect); rebuilt when an entity or a mention was added since (``_index_key``)
        self._index: list[tuple[tuple[int, int], int, Entity]] = []
        self._index_starts: list[int] = []
        self._index_key: tuple[int, int] | None = None

    # --- token classes -------------------------------------------------------------------
    def is_title(self, tok: Token) -> bool:
        known = self._title_cache.get(tok.text)
        if known is None:
            low = tok.lower
            known = low in self.lex.titles or (low.endswith(".") and low[:-1] in self.lex.titles)
            if not known and "-" in low.strip("-"):
                low = bare(low)  # ("L'ex-ministre": the elided article before the compound)
                # "Director-General", "Attorney-General", "vice-ministre": a compound of title words is a title
                parts = low.split("-")
                if parts[0] in TITLE_PREFIXES and len(parts) > 1:
                    parts = parts[1:]  # "Ex-Präsident", "ex-premier", "Vize-Kanzler": a prefix before a title
                known = all(part in self.lex.titles for part in parts)
            self._title_cache[tok.text] = known
        return known

    def is_name_word(self, tok: Token) -> bool:
        known = self._name_word_cache.get(tok.text)
        if known is None:
            known = self._is_name_word(tok)
            self._name_word_cache[tok.text] = known
        return known

    def _is_name_word(self, tok: Token) -> bool:
        if tok.is_word and len(tok.text) >= 2 and tok.text.isupper() and tok.text.isalpha():
            return True  # acronyms: "WHO", "US" are names even when the word is a stop word
        if tok.text in self._stop_word_surnames:
            return True
        return (tok.is_word and tok.is_capitalised and not tok.text.isdigit()
                and strip_possessive(tok.lower) not in self._not_names)

    def is_pronoun(self, tok: Token) -> bool:
        return tok.lower in self.lex.pronouns or contracted_pronoun(tok.lower, self.lex) is not None

    # --- names ---------------------------------------------------------------------------
    def name_runs(self, tokens: list[Token]) -> list[tuple[int, int]]:
        """Token ranges ``[i, j)`` of capitalised runs, title words included."""
        runs, i, n = [], 0, len(tokens)
        # the rules below ask these of most tokens several times: answer once per token
        name_word = [self.is_name_word(t) for t in tokens]
        if self.lex.lang in ("fr", "it", "es"):
            # "Le Point", "La Stampa", "Il Fatto Quotidiano": a capitalised article before a capitalised word
            # opens a name (common nouns are lowercase here); not before a country ("La France")
            for k in range(n - 1):
                if tokens[k].text in NAME_ARTICLES and name_word[k + 1] and not self.is_title(tokens[k + 1]) \
                        and not country_of(tokens[k + 1].text) and strip_possessive(tokens[k + 1].lower) not in self.lex.roles:
                    name_word[k] = True
                elif tokens[k].text in SURNAME_PARTICLES and name_word[k + 1] and not self.is_title(tokens[k + 1]) \
                        and not country_of(tokens[k + 1].text) and tokens[k + 1].start == tokens[k].end + 1:
                    name_word[k] = True  # "ha detto Di Maio", "selon De Villiers": a capitalised particle opens a surname
        title = [self.is_title(t) for t in tokens]
        while i < n:
            tok = tokens[i]
            if not (name_word[i] or (title[i] and tok.is_word)):
                i += 1
                continue
            j = i
            while j < n:
                t = tokens[j]
                if j > i and name_word[j] and _script(t.text) != _script(tokens[j - 1].text):
                    break  # "The Financial Times | Устенко": a name does not change alphabet
                if name_word[j] or (title[j] and t.is_word):
                    j += 1
                    if t.text != strip_possessive(t.text):
                        break  # "Russia's foreign minister": the possessor is its own name
                elif (t.lower in self.lex.name_particles and j + 1 < n and j > i
                      and (name_word[j + 1] or tokens[j + 1].lower == "der" and t.lower != "der"
                           and j + 2 < n and name_word[j + 2]
                           and not tokens[j + 2].lower.endswith(GERMAN_NOUN_SUFFIXES))
                      and (t.lower not in ARTICLE_PARTICLES or tokens[j - 1].lower in self.lex.name_particles)):
                    j += 1
                elif self._body_name_link(tokens, i, j, name_word, title):
                    j += 1
                elif self.lex.lang != "en" and t.text == "the" and j > i and name_word[j - 1] and j + 1 < n \
                        and name_word[j + 1] and t.start == tokens[j - 1].end + 1:
                    j += 1  # "wie Just the News berichtete": an English article inside a name cited in another language
                elif j > i and t.is_capitalised and len(t.text) <= 3 and t.text.isalpha() and not t.text.isupper() \
                        and name_word[j - 1] and not title[j - 1] and j + 1 < n and name_word[j + 1] \
                        and not title[j + 1] and t.start == tokens[j - 1].end + 1 \
                        and strip_possessive(tokens[j - 1].text) == tokens[j - 1].text \
                        and any(x.is_word and not x.is_capitalised and len(x.text) > 3 for x in tokens):
                    name_word[j] = True  # "Elhadj As Sy", "Abu Al Hassan": a short word the language writes in lower
                    j += 1  # case, capitalised inside a name in a sentence that is no headline in title case
                elif self.lex.lang == "en" and j > i and name_word[j - 1] and t.is_capitalised and not title[j - 1] \
                        and strip_possessive(t.lower) in DOCUMENTS and t.start == tokens[j - 1].end + 1 \
                        and not (j + 1 < n and (name_word[j + 1] or tokens[j + 1].lower in self.lex.complementizers)):
                    name_word[j] = True  # "Catholic World | Report", "the Drudge | Report": a document's name
                    j += 1
                elif t.text == "-" and j + 1 < n and name_word[j + 1] and j > i \
                        and t.start == tokens[j - 1].end:
                    j += 1
                elif j > i and t.lower in SURNAME_STOP_WORDS and t.is_capitalised and name_word[j - 1] \
                        and not title[j - 1] and tokens[j - 1].lower not in self.lex.stop_capitalised \
                        and not (j + 1 < n and tokens[j + 1].text[:1].isdigit()):
                    # "Theresa May", "Brian May": a month or a modal after a first name is the surname (but
                    # "Paris, May 5", "Monday May 3" are dates)
                    name_word[j] = True
                    j += 1
                else:
                    break
            while j > i and not name_word[j - 1]:
                j -= 1  # a run ends on a name word, not on a title or particle
            if self.lex.lang == "ru" and j > i:
                j = self._russian_noun_after_adjective(tokens, i, j)
                j = self._russian_body_genitive(tokens, i, j)
            if self.lex.lang == "de" and j - i >= 2 and not title[i] and not self.quoted(tokens[i].start):
                low = strip_possessive(tokens[i].lower)
                known = [e for e in self.entities if e.kind == "person" and e.key[:4] == low[:4] and _stem_match(e.key, low)]
                if known and not any(tokens[i + 1].lower in e.name.lower().split() for e in known):
                    j = i + 1  # "Lawrow | Berichte des Westens": a known surname, then a German noun
            if self.lex.lang in ("pl", "ru") and j - i == 2 and i > 0 and tokens[i - 1].lower in CASE_PREPOSITIONS \
                    and not title[i]:
                low = strip_possessive(tokens[j - 1].lower)
                known = [e for e in self.entities if e.kind == "person" and len(e.name.split()) >= 2
                         and e.key[:4] == low[:4] and _stem_match(e.key, low)]
                closes = j == n or not tokens[j].is_word
                after_cue = i >= 2 and tokens[i - 2].lower in self.lex.cue_verbs
                if (known and not any(e.name.split()[0].lower()[:3] == tokens[i].lower[:3] for e in known)) \
                        or (not known and closes and after_cue):
                    i += 1  # "napisał na Twitterze | Biedroń": the preposition's object, then a known person, or
                    # the speaker closing the sentence after "<cue> na <platform>" ("napisał na Twitterze Tusk.")
            if self.lex.lang in ("pl", "ru") and i > 0 and tokens[i - 1].lower in self.lex.cue_verbs:
                k = i
                while k + 1 < j and is_agency_word(tokens, k):
                    k += 1
                if k > i and not is_agency_word(tokens, k):
                    # (a run of agency words alone is the agency's whole name: "передает | РИА Новости")
                    runs.append((i, k))  # "сообщил | РИА Новости | Лавров": the agency told, then the speaker
                    i = k
            of = self._person_of_place(tokens, i, j, name_word, title)
            if of is not None:
                place = " ".join(t.lower for t in tokens[of + 1:j])
                self.places.add(place)
                self._place_after[tokens[of - 1].end] = place
                j = of  # "Sen. Elizabeth Warren | of Massachusetts": the person, then where they come from
            cut = self._particle_tail(tokens, i, j, name_word, title)
            if cut is not None:
                i, j = cut
            if self.lex.lang == "de" and j - i == 3 and i > 0 and tokens[i - 1].lower in GERMAN_ARTICLES \
                    and not title[i] and not self._describes(tokens[i], list(tokens[i + 1:j])) \
                    and all(name_word[k] and not title[k] for k in range(i, j)) \
                    and tokens[j - 1].text.endswith("s") and self._genitive_of_known(tokens[j - 1].text):
                i += 1  # "die Außenpolitik | Emmanuel Macrons": a noun after its article, then a person in the genitive
            if self.lex.lang == "de" and j - i >= 2 and tokens[i].lower in source_nouns(self.lex) and not title[i]:
                i += 1  # "Den Worten | Kissingers zufolge", "Nach Angaben | Merkels": the source phrase's noun, then
                # its source in the genitive
            if self.lex.lang in ("fr", "it") and j - i >= 3 and i > 0 and tokens[i - 1].lower in ROMANCE_DEFINITE \
                    and all(name_word[k] and not title[k] for k in range(i, j)) \
                    and self._alone_elsewhere(tokens[i], tokens[i + 1]):
                runs.append((i, i + 1))  # "de la Moldavie | Ilan Shor", "della Lombardia | Attilio Fontana": the
                i += 1  # article's noun (a place the article names alone too), then the person
            plain = [tokens[k] for k in range(i, j) if name_word[k] and not title[k]]
            if j - i >= 4 and (j - i) % 2 == 0 and len(plain) == j - i \
                    and not any(t.lower in self.lex.org_words or country_of(t.text) for t in plain) \
                    and not any(t.lower in self.lex.name_particles for t in tokens[i:j]):
                j = i + 2  # "Michałem Karnowskim Jarosław Kaczyński", "John Bolton Richard Grenell Dina Powell":
                # people side by side, two words each
            if j - i >= 3 and i >= 3 and tokens[i - 1].lower in TITLE_COORDINATORS \
                    and self._title_before(tokens, i - 1, name_word, title) \
                    and all(name_word[k] and not title[k] for k in range(i, j)):
                i = j - 2  # "Minister of Foreign Affairs and | Trade | Péter Szijjártó": the words after "and" up to
                # a first name and surname close the title (its second object), they are no part of the name
            if j > i and any(name_word[k] and not title[k] for k in range(i, j)):
                runs.append((i, j))
                i = j
            else:
                i += 1
        return runs

    def _russian_body_genitive(self, tokens: list[Token], i: int, j: int) -> int:
        """Russian: a body's noun capitalised alone takes its lowercase genitive and the country after it into
        its name ("Министерство | обороны | России", "Генеральная прокуратура" aside): the run ending in the
        body's noun goes on through one or two lowercase genitive nouns and the name words after them."""
        last, n = tokens[j - 1], len(tokens)
        if any(not self.is_title(t) for t in tokens[i:j - 1]) or not any(
                len(o) >= 5 and last.lower.startswith(o[:-1]) and len(last.lower) - len(o) <= 2 for o in self.lex.org_words):
            return j
        m = j
        while m < n and m - j < 3 and tokens[m].is_word and not tokens[m].is_capitalised \
                and tokens[m].start == tokens[m - 1].end + 1 and len(tokens[m].text) >= 3 \
                and tokens[m].lower.endswith(("а", "я", "ы", "и", "ов", "ей", "ых", "их", "ого", "его", "ой")) \
                and tokens[m].lower not in self.lex.stop_capitalised and tokens[m].lower not in self.lex.cue_verbs \
                and tokens[m].lower not in self.lex.roles and not tokens[m].lower.endswith(("ла", "ли", "ся", "сь")) \
                or m < n and m > j and tokens[m].is_word and not tokens[m].is_capitalised \
                and tokens[m - 1].lower.endswith(("ых", "их")) and tokens[m].lower not in self.lex.stop_capitalised \
                and tokens[m].lower not in self.lex.cue_verbs:
            m += 1  # ("иностранных дел", "вооружённых сил": a genitive plural noun may have no ending at all)
        if m == j:
            return j
        if m < n and (country_of(tokens[m].text) or tokens[m].text.isupper() and len(tokens[m].text) >= 2) \
                and tokens[m].start == tokens[m - 1].end + 1:
            return m + 1  # the country or acronym closing it ("России", "РФ"), not a person named after it
        return j

    def _russian_noun_after_adjective(self, tokens: list[Token], i: int, j: int) -> int:
        """Russian capitalises only the first word of a body's name: "Национальная | галерея", "Белого | дома",
        "Федеральная | резервная система". A run ending in a capitalised adjective inside a sentence (a capital
        that says something) goes on through at most one lowercase adjective and the lowercase noun after it."""
        last, n = tokens[j - 1], len(tokens)
        if not last.lower.endswith(RUSSIAN_ADJECTIVE_ENDINGS) or len(last.text) < 5 or last.text.isupper() \
                or j - 1 == 0 or not tokens[j - 2].is_word and tokens[j - 2].text in ".!?…" \
                or self.is_title(last) or country_of(last.text):
            return j
        if any(not self.is_title(t) and not t.lower.endswith(RUSSIAN_ADJECTIVE_ENDINGS) for t in tokens[i:j - 1]):
            return j  # "Христо Грозевым | намеревалась": a person's name in the instrumental, no adjective
        m = j
        if m < n and tokens[m].is_word and not tokens[m].is_capitalised and tokens[m].lower.endswith(RUSSIAN_ADJECTIVE_ENDINGS) \
                and tokens[m].start == tokens[m - 1].end + 1:
            m += 1
        if m < n and tokens[m].is_word and not tokens[m].is_capitalised and len(tokens[m].text) >= 3 \
                and tokens[m].start == tokens[m - 1].end + 1 \
                and not tokens[m].lower.endswith(RUSSIAN_ADJECTIVE_ENDINGS) \
                and tokens[m].lower not in self.lex.stop_capitalised and tokens[m].lower not in self.lex.cue_verbs \
                and tokens[m].lower not in self.lex.skippable and tokens[m].lower not in self.lex.roles \
                and tokens[m].lower not in CASE_PREPOSITIONS \
                and not tokens[m].lower.endswith(("л", "ла", "ли", "ло", "ет", "ит", "ут", "ют", "ат", "ят", "ся", "сь")):
            return m + 1
        return j

    def _body_name_link(self, tokens: list[Token], i: int, j: int, name_word: list[bool],
                        title: list[bool]) -> bool:
        """English: is ``tokens[j]`` a small word inside a body's name ("Committee | to | Protect Journalists",
        "Department of Housing | and | Urban Development", "Action | Against | Hunger")? Lowercase "to",
        "for", "on", "against", "without" right after a body's noun, "and" after "<body> of <words>", a
        capitalised "Against", "Without" between two name words; a name word, no title, follows."""
        if self.lex.lang != "en" or j <= i or j + 1 >= len(tokens) or not name_word[j + 1] or title[j + 1] \
                or not name_word[j - 1] or tokens[j].start != tokens[j - 1].end + 1:
            return False
        t = tokens[j]
        if t.lower not in BODY_NAME_LINKS:
            return False
        if t.is_capitalised:
            return t.lower in ("against", "without")
        prev = strip_possessive(tokens[j - 1].lower)
        if t.lower in ("and", "&"):
            return any(tokens[k].lower == "of" for k in range(i + 1, j - 1)) \
                and any(tokens[k].lower in BODY_NOUNS for k in range(i, j)) and prev not in BODY_NOUNS \
                and not (j + 2 < len(tokens) and title[j + 2])
        return prev in BODY_NOUNS

    def _alone_elsewhere(self, first: Token, second: Token) -> bool:
        """Does the article write ``first`` elsewhere as a capitalised word not followed by ``second``
        ("la Moldavie." / "de la Moldavie Ilan Shor"; but "New York Times" always goes on with "York")?"""
        for m in re.finditer(r"(?<!\w)" + re.escape(first.text) + r"(?!\w)", self.text):
            if m.start() == first.start:
                continue
            rest = self.text[m.end():m.end() + len(second.text) + 3].lstrip()
            if not rest.startswith(second.text):
                return True
        return False

    def _genitive_of_known(self, word: str) -> bool:
        """German genitive "-s" of a name the article also writes without it ("Macrons" / "Macron")."""
        base = word[:-1]
        if len(base) < 3 or word.endswith(("ss", "us", "os", "is")):
            return False
        at = self.text.find(base)
        while at >= 0:
            after = self.text[at + len(base):at + len(base) + 1]
            before = self.text[at - 1:at] if at else " "
            if not after.isalnum() and not before.isalnum():
                return True
            at = self.text.find(base, at + 1)
        return False

    def _particle_tail(self, tokens: list[Token], i: int, j: int, name_word: list[bool],
                       title: list[bool]) -> tuple[int, int] | None:
        """A lowercase "von", "de", "di", "da", "van" inside a run is a name particle only before a surname
        ("Ursula von der Leyen", "Charles de Gaulle": at most one given name before it). Between a person's
        full name and more capitalised words it is a preposition: the run is the person, and the words
        after it (an outlet, a place) are scanned on their own ("Ben Armstrong | von The New American").
        In German a common noun before it is no name either ("Untersuchung von | Edward Dowd")."""
        if self.lex.lang == "en":
            return None  # English "of": :meth:`_person_of_place`
        for p in range(i + 1, j - 1):
            t = tokens[p]
            if t.lower not in TAIL_PARTICLES or t.is_capitalised:
                continue
            def plain(a: int, b: int) -> list[int]:
                return [k for k in range(a, b) if name_word[k] and not title[k]
                        and tokens[k].lower not in self.lex.name_particles]
            before, after = plain(i, p), plain(p + 1, j)
            before = [k for k in before if not self._describes(tokens[k], [tokens[p - 1]])]  # ("Kommissionspräsidentin")
            if len(before) >= 2 and len(after) >= (1 if tokens[p + 1].lower in ARTICLE_PARTICLES else 2) \
                    and not any(strip_possessive(tokens[k].lower) in self.lex.org_words or country_of(tokens[k].text)
                                or tokens[k].text.isupper() for k in before) \
                    and tokens[p - 1].text == strip_possessive(tokens[p - 1].text):
                return i, p
            if self.lex.lang == "de" and p == i + 1 and len(after) >= 2 and not title[i] \
                    and tokens[i].lower.endswith(GERMAN_NOUN_SUFFIXES) and tokens[p + 1].lower not in ARTICLE_PARTICLES:
                return p + 1, j
            return None
        return None

    def _title_before(self, tokens: list[Token], c: int, name_word: list[bool], title: list[bool]) -> bool:
        """The capitalised words right before token ``c`` are a title with its object: a title word, then
        capitalised words and particles only ("Minister of Foreign Affairs", "Secretary of Health")."""
        k = c - 1
        while k >= 0 and (name_word[k] or title[k] or tokens[k].lower in self.lex.name_particles) and c - k <= 6:
            if title[k] and tokens[k].is_capitalised and k + 1 < c and tokens[k + 1].lower in self.lex.name_particles:
                return True
            k -= 1
        return False

    def _person_of_place(self, tokens: list[Token], i: int, j: int, name_word: list[bool],
                         title: list[bool]) -> int | None:
        """Where a name run "<person> of <place>" ("Sen. Elizabeth Warren of Massachusetts", "Rep. Beto
        O'Rourke of Texas", "John Smith of Ohio") should end: before the English "of", when the words
        before it are a person's name: a first name and surname (two plain name words that are no
        organisation word, title or country) or a title and a surname. "Department of Justice", "Bank of
        America", "Secretary of State" and "United States of America" stay one name."""
        if self.lex.lang != "en":
            return None
        of = next((k for k in range(i + 1, j - 1) if tokens[k].lower == "of"), None)
        if of is None:
            return None
        before = [k for k in range(i, of)]
        plain = [k for k in before if name_word[k] and not title[k]]
        if not plain or plain[-1] != of - 1 or any(strip_possessive(tokens[k].lower) in self.lex.org_words
                                                    or tokens[k].lower in POLITY_WORDS
                                                    or country_of(tokens[k].text) for k in before):
            return None
        if any(tokens[k].text.isupper() and len(tokens[k].text) > 1 for k in plain):
            return None  # "NAACP of ...": an acronym heads a body
        titled = any(title[k] and tokens[k].is_word for k in before if k < plain[0])
        if len(plain) >= 2 and plain == list(range(plain[0], of)) or titled and len(plain) >= 1:
            return of
        return None

    def split_title(self, toks: list[Token]) -> tuple[list[Token], list[Token]]:
        """(title, name): the name is the longest tail of plain name words ("Kremlin spokesman
        | Dmitry Peskov"); a run ending on a title or organisation word is a name as a whole
        ("State Department", "Kremlin")."""
        if self.lex.lang == "en" and len(toks) >= 3 and any(
                0 < n < len(toks) - 1 and t.lower in BODY_NAME_LINKS and (t.lower in ("against", "without")
                                                                          or toks[n - 1].lower in BODY_NOUNS
                                                                          or any(x.lower == "of" for x in toks[:n]))
                for n, t in enumerate(toks)) and any(t.lower in BODY_NOUNS for t in toks):
            return [], toks  # "Committee to Protect Journalists": the body's whole name
        o = 1 if toks[0].text in NAME_ARTICLES and len(toks) > 1 else 0  # ("La | Banque de France" opening)
        if self.lex.lang in ("en", "fr", "it", "es", "de") and len(toks) >= o + 3 and toks[o + 1].lower in BODY_OF_LINKS \
                and toks[o].is_capitalised and (toks[o].lower in self.lex.org_words or toks[o].lower in BODY_NOUNS
                                                or toks[o + 1].lower == "of" and toks[o].lower in lexicon_for("en").org_words) \
                and all(self.is_name_word(t) and not self.is_title(t) for t in toks[o + 2:]):
            return [], toks  # "Bank of England", "University of California", "Banque de France": a body's noun and its
            # "of" open the name; the place after them is no name of its own
        if self.lex.lang == "ru" and len(toks) >= 3 and not toks[1].is_capitalised and toks[1].is_word \
                and any(len(o) >= 5 and toks[0].lower.startswith(o[:-1]) and len(toks[0].lower) - len(o) <= 2
                        for o in self.lex.org_words):
            return [], toks  # "Министерство обороны России": the body's whole name
        k = len(toks)
        while self.lex.lang == "ru" and k > 1 and toks[k - 1].is_word and not toks[k - 1].is_capitalised \
                and len(toks) - k < 2:
            k -= 1  # "(Представитель) Белого дома": the lowercase noun closing a body's name is in the name
        if k < len(toks) and not self.is_name_word(toks[k - 1]):
            k = len(toks)
        while k > 0 and ((self.is_name_word(toks[k - 1]) and not self.is_title(toks[k - 1])
                          and strip_possessive(toks[k - 1].lower) not in self.lex.org_words
                          and not (self.lex.lang == "de" and k < len(toks) and k >= 2 and len(toks[k - 1].text) > 5
                                   and toks[k - 1].lower.endswith(GERMAN_NOUN_SUFFIXES)))
                         or (k < len(toks) and k >= 2 and toks[k - 1].lower in self.lex.name_particles
                             and (toks[k - 1].lower not in GENITIVES or toks[k - 1].is_capitalised)
                             and (self.is_name_word(toks[k - 2])
                                                                         and not self.is_title(toks[k - 2])
                                                                         or toks[k - 1].lower in ARTICLE_PARTICLES
                                                                         and toks[k - 2].lower in self.lex.name_particles
                                                                         and k >= 3 and self.is_name_word(toks[k - 3])))
                         or (k == 1 and len(toks) >= 2 and toks[0].text in SURNAME_PARTICLES)
                         or (k < len(toks) and k >= 2 and toks[k - 1].text == "the" and self.lex.lang != "en"
                             and self.is_name_word(toks[k - 2]))  # ("Just the News" cited in another language)
                         or (k < len(toks) and k >= 2 and toks[k - 1].is_capitalised and len(toks[k - 1].text) <= 3
                             and toks[k - 1].text.isalpha() and not toks[k - 1].text.isupper()
                             and not self.is_name_word(toks[k - 1]) and not self.is_title(toks[k - 1])
                             and self.is_name_word(toks[k - 2]) and not self.is_title(toks[k - 2]))):
            # ("Elhadj As | Sy": a short word capitalised inside the name, see name_runs)
            k -= 1  # "Marine Le Pen", "Ursula von der Leyen", "Luigi Di Maio" keep their particles (a
            # capitalised "Di" or "De" is a surname's, not the genitive of "ministro di")
        if 0 < k < len(toks) - 2 and country_of(toks[k].text) and all(
                self.is_name_word(t) and not country_of(t.text) for t in toks[k + 1:]):
            k += 1  # "представитель МИД России | Мария Захарова": the country is part of the title
        if k == 0 and len(toks) == 3 and self.lex.lang in ("ru", "pl") and country_of(toks[0].text) and toks[0].text == strip_possessive(toks[0].text) \
                and all(self.is_name_word(t) and not self.is_title(t) and not country_of(t.text)
                        and t.lower not in self.lex.org_words for t in toks[1:]):
            k = 1  # "(министр ...) Нидерландов | Роб Йеттен": a country before a full name is part of the title
        if len(toks) - k == 3 and self.lex.lang in ("ru", "pl") and self._genitive_before_name(toks[k:], after_title=k > 0):
            k += 1  # "глава дипломатии Евросоюза | Жозеп Боррель", "представитель Кремля | Дмитрий Песков":
            # a genitive after a lowercase role or a title is part of the title
        elif len(toks) - k == 4 and self.lex.lang in ("ru", "pl") and toks[k + 1].text.isupper() \
                and len(toks[k + 1].text) >= 2 and toks[k].lower.endswith(GENITIVE_ENDINGS) \
                and self._genitive_before_name([toks[k]] + toks[k + 2:], after_title=k > 0):
            k += 2  # "председатель Госдумы РФ | Вячеслав Володин"
        k = self._descriptive_lead(toks, k)
        if k == 1 and toks[0].text in NAME_ARTICLES and self.lex.lang in ("fr", "it", "es"):
            k = 0  # "Le Point", "La Stampa": the article is part of the name
        if k == len(toks):
            return [], toks
        while k < len(toks) and toks[k].lower in ("of", "de", "di", "von") and not toks[k].is_capitalised \
                and not (k + 1 < len(toks) and toks[k + 1].lower in ARTICLE_PARTICLES):
            k += 1  # "Minister of | ..." keeps its particle in the title; "Pani | Von der Leyen",
            # "Frau | von der Leyen" do not: a capitalised particle, or one before "der", opens the surname
        return toks[:k], toks[k:]

    def _descriptive_lead(self, toks: list[Token], k: int) -> int:
        """Words before a first name and surname that describe the person, not name them: a role or
        a compound ending in one ("Ökonom | Friedrich Hayek", "GEW-Chefin | Maike Finnern", "Философ |
        Александр Дугин"), an acronym ("AfD | Steffen Kotre", "TVN24 | Joanna Scheuring-Wielgus"), in
        Polish and Russian genitives after a title ("Minister Zdrowia | Adam Niedzielski", "prezes Banku
        Światowego | David Malpass") or a word after a preposition ("в Вашингтоне | Питер Раф")."""
        rest = toks[k:]
        if len(rest) >= 4 and self.is_name_word(rest[1]) and all(
                t.lower in self.lex.name_particles for t in rest[2:-1]) and self.is_name_word(rest[-1]):
            # "Kommissionspräsidentin | Ursula von der Leyen": a first name, particles and a surname
            return k + 1 if self._describes(rest[0], rest[1:]) else k
        if len(rest) < 3 or not all(self.is_name_word(t) for t in rest[-2:]) \
                or any(self.is_title(t) or _script(t.text) != _script(rest[-1].text) for t in rest[-2:]) \
                or rest[-1].lower in self.lex.org_words or rest[-2].lower in self.lex.name_particles \
                or rest[-2].lower.endswith(PATRONYMIC_ENDINGS) or rest[-1].lower.endswith(PATRONYMIC_ENDINGS):
            return k
        lead = rest[:-2]
        if len(lead) == 1 and self._describes(lead[0], rest[-2:]):
            return k + 1
        before = self.text[max(0, rest[0].start - 20):rest[0].start].split()
        if 1 <= len(lead) <= 2 and before and before[-1].islower() and not any(self.is_title(t) for t in lead) \
                and (before[-1].lower() in GENITIVES and self.lex.lang in ("fr", "it", "es", "en")
                     or self.lex.lang == "de" and before[-1] in ("der", "des") and len(before) >= 2
                     and self._describes(Token(0, len(before[-2]), before[-2]), lead)):
            # ("der Präsident der | Ukraine | Wolodymyr Selenskyj": German after a role noun too)
            # "il ministro degli | Esteri | Mario Bianchi", "le ministre des | Armées | Paul Martin": the body
            # after a genitive belongs to the role before it, the last two words are the name
            return k + len(lead)
        if self.lex.lang in ("ru", "pl"):
            before = self.text[max(0, rest[0].start - 20):rest[0].start].split()
            if len(lead) == 1 and before and before[-1].lower() in CASE_PREPOSITIONS:
                return k + 1
            if (k > 0 or before and before[-1].isalpha() and before[-1].islower()) and all(
                    t.lower.endswith(GENITIVE_ENDINGS + GENITIVE_ADJECTIVE_ENDINGS["pl"] + GENITIVE_ADJECTIVE_ENDINGS["ru"]) and not t.text.isupper() for t in lead):
                # ("rzeczniczka | Platformy Obywatelskiej | Anna Michalska": an adjective's genitive too)
                return k + len(lead)
        return k

    def _describes(self, word: Token, name: list[Token]) -> bool:
        """A word before a person's name that describes them: a role, or a compound ending in one
        ("Ökonom", "GEW-Chefin", "Kommissionspräsidentin"), or an acronym ("AfD", "TVN24")."""
        low = strip_possessive(word.lower)
        last = low.split("-")[-1]
        if word.text != strip_possessive(word.text) or low in self.lex.org_words:
            return False  # "Russia's Sergei Lavrov" keeps its possessor as a name of its own
        if low in self.lex.roles or last in self.lex.roles or last in self.lex.titles \
                or last.endswith(("in", "er")) and last[:-2] in self.lex.roles \
                or bare(low) in self.lex.role_forms or last in self.lex.role_forms:
            return True  # (any case, number or gender form: "Journalisten", "politologa", "cronisti")
        if self.lex.lang == "de" and any(len(r) >= 5 and last.endswith((r, r + "in")) for r in self.lex.roles):
            return True  # German compounds: "Kommissionspräsidentin", "Finanzprofessor"
        upper = sum(c.isupper() for c in word.text)
        return ((upper >= 2 and (word.text[:2].isupper() or word.text[-1].isupper())) or any(c.isdigit() for c in word.text)) \
            and not any(t.text.isupper() for t in name) \
            and not all(t.lower in common_words(self.lex.lang) for t in name)  # an acronym ("AfD", "TVN24") before a
        # person's name (but "UMC | Quick Care": words the language writes in lower case are no person's name)

    def _genitive_before_name(self, toks: list[Token], after_title: bool = False) -> bool:
        """Three capitalised words after a lowercase word, the first in a genitive form and the
        second no patronymic ("... дипломатии Евросоюза Жозеп Боррель", "... energetyki Holandii
        Rob Jetten"): the first word closes the description, the other two are the name."""
        first, second = toks[0].lower, toks[1].lower
        if not all(self.is_name_word(t) and not self.is_title(t) and not t.text.isupper() for t in toks):
            return False
        if second.endswith(PATRONYMIC_ENDINGS) or toks[0].text != strip_possessive(toks[0].text):
            return False
        before = self.text[max(0, toks[0].start - 40):toks[0].start].split()
        if not after_title and (not before or not before[-1].replace("-", "").isalpha() or not before[-1].islower()):
            return False
        return first.endswith(GENITIVE_ENDINGS)

    def _inflected_org_word(self, word: str) -> bool:
        """A case form of a body's noun ("Института", "Rady", "Sejmu"): a stem of four letters or more (not
        "Ban" for "bank")."""
        return any(len(o) >= 4 and word.startswith(o[:-1]) and 0 <= len(word) - len(o) <= 2 if len(o) == 4 else
                   len(o) >= 5 and word.startswith(o[:-1]) and len(word) - len(o) <= 2 for o in self.lex.org_words)

    def kind_of(self, title: list[Token], name: list[Token]) -> str:
        words = [strip_possessive(t.lower) for t in name]
        if " ".join(words) in self.places:
            return "other"  # "former California": a place named after "<person> of", never a person
        if len(name) == 1 and country_of(name[0].text):
            return "country"
        if self.lex.lang == "ru" and len(name) >= 2 and name[0].is_capitalised and not name[-1].is_capitalised:
            return "organisation"  # "Национальная галерея", "Белый дом": a body's name, capitalised once
        if self.lex.lang == "en" and len(name) >= 3 and any(w in BODY_NOUNS for w in words) \
                and any(w in BODY_NAME_LINKS or w == "of" for w in words[1:-1]):
            return "organisation"  # "Committee to Protect Journalists", "Federation of Red Cross and ..."
        if any(w in self.lex.org_words for w in words) or any(
                len(t.text) >= 2 and t.text.isupper() and t.text.isalpha() for t in name):
            return "organisation"
        if self.lex.lang in ("ru", "pl") and title and title[-1].is_capitalised \
                and not any(bare(t.lower) in self.lex.role_forms for t in title) \
                and any(len(o) >= 5 and title[-1].lower.startswith(o[:-1]) and len(title[-1].lower) - len(o) <= 2
                        for o in self.lex.org_words):
            # "Instytutu | Zdrowia Globalnego": a body's noun in a case, read as a title, and the body's name (but
            # "представитель Кремля | Дмитрий Песков": a role of the body, then the person)
            return "organisation"
        if self.lex.lang in ("ru", "pl") and len(name) == 1 and title and self._inflected_org_word(words[0]) \
                and any(bare(t.lower) in self.lex.role_forms for t in title):
            # "Глава Института | (германской экономики) Михаэль Хютер", "szef Instytutu": the body the role
            # heads, in the genitive; the person's name comes after it
            return "organisation"
        if len(name) >= 2 and name[0].text in NAME_ARTICLES and any(e.kind == "person" and e.key == words[-1]
                                                                     for e in self.entities):
            return "person"  # "Le Pen" after "Marine Le Pen"
        if len(name) >= 2 and (words[0] == "the" or name[0].text in NAME_ARTICLES and self.lex.lang in ("fr", "it", "es")
                               or self.lex.lang in ("ru", "pl") and any(self._inflected_org_word(w) for w in words)):
            # "The Independent" in any language; inflected "Института Хадсона", "Partię Razem"
            return "organisation"
        if (len(name) >= 2 and not title or title and len(name) == 1) and not any((self.is_title(t) and not country_of(t.text) and t.is_capitalised) or bare(t.lower) in self.lex.roles
                                      for t in title):
            before = self.text[max(0, (title or name)[0].start - 6):(title or name)[0].start]
            word = (before.split() or [""])[-1] if before[-1:].isspace() else before[-2:] if before[-1:] in "'’" else ""
            if word in DEFINITE_ARTICLES.get(self.lex.lang, ()):
                return "other"  # "the Islamic State", "the US Constitution", "gli Stati Uniti": no person's name
        if title or len(name) >= 2:
            return "person"
        return "other"

    def add_name(self, toks: list[Token], *, create: bool = True) -> Entity | None:
        """Register a name mention (a run from :meth:`name_runs`); returns its entity."""
        title, name = self.split_title(toks)
        if not name:
            return None
        if len(toks) >= 2 and all(t.text.isupper() and len(t.text) > 1 for t in toks if t.is_word):
            # "GILLUM ELECTION STRATEGY", "CAROLA RACKETE": words in capitals are a headline or a label,
            # a name only when someone was named with them in ordinary case ("Carola Rackete")
            low = " ".join(t.lower for t in toks if t.is_word)
            known = next((e for e in self.entities if e.kind in ("person", "organisation")
                          and not e.name.isupper() and e.name.lower() == low), None)
            if known is not None:
                known.add(toks[0].start, toks[-1].end)
            return known
        if self.lex.lang == "de" and len(name) >= 2 and name[-1].text.endswith("s") and not title \
                and self._genitive_of_known(name[-1].text) and name[0].start > 0 \
                and self.text[:name[0].start].split()[-1:] and self.text[:name[0].start].split()[-1][:1].isupper() \
                and self.text[:name[0].start].split()[-1].lower() not in self.lex.titles:
            # "(die Außenpolitik) Emmanuel Macrons": a full name after a noun is a genitive; "Macron" is the name
            name = name[:-1] + [Token(name[-1].start, name[-1].end - 1, name[-1].text[:-1])]
        if name[-1].text != strip_possessive(name[-1].text):
            name = name[:-1] + [Token(name[-1].start, name[-1].start + len(strip_possessive(name[-1].text)),
                                      strip_possessive(name[-1].text))]
        if len(name) == 1 and not title and self._pronoun_not_name(name[0]):
            return None  # "Selon lui", "Оно всегда было", "fear Him": a pronoun stands for someone, it names no one
        kind = self.kind_of(title, name)
        if title and title[-1].lower in GENITIVES and kind == "person":
            kind = "organisation"  # "présidente du | Rassemblement": the body, not its head
        name_text = self.text[name[0].start:name[-1].end]
        entity = self._match(name_text, name, kind)
        if entity is None:
            if not create:
                return None
            country = country_of(name_text) if kind == "country" else None
            # NATO and the EU are matched across languages like countries ("OTAN", "НАТО", "UE") but
            # are organisations to the reader
            entity = Entity(id=f"E{len(self.entities) + 1}", name=name_text,
                            kind="organisation" if country in SUPRANATIONAL else kind,
                            key=self._key(name, kind, country), named_in_quotes=self.quoted(name[0].start))
            self.entities.append(entity)
        elif (entity.named_in_quotes and kind == "person" and len(name) >= 2 and not self.quoted(name[0].start)
              and entity.kind in ("person", "other")):
            # "« Vladimir Vladimirovitch Poutine ... »" first, "Vladimir Poutine" in the article's voice later
            entity.name, entity.named_in_quotes = name_text, False
        elif (kind == "person" and len(name) > len(entity.name.split()) and entity.kind in ("person", "other")
              and not self.quoted(name[0].start)  # a speaker's own words do not rename the person
              and not (len(entity.name.split()) == 1 and self._opens_sentence(name[0].start))
              and not (any(t.lower in self.lex.name_particles for t in name) and self.lex.lang == "de")):
            entity.name, entity.kind = name_text, "person"  # "Lavrov" first, "Sergei Lavrov" later
        if title:
            title_text = self.text[title[0].start:title[-1].end]
            if len(title_text) > len(entity.title):
                entity.title = title_text
            lows = {t.lower for t in title}
            if entity.gender is None:
                entity.gender = "f" if lows & FEMININE_TITLES else "m" if lows & MASCULINE_TITLES else None
            if entity.kind == "other" and kind == "person":  # not "the US Charter"
                entity.kind = "person"
        entity.add(name[0].start if not title else toks[0].start, name[-1].end)
        if name[-1].end in self._place_after and entity.kind == "person":
            entity.places.add(self._place_after[name[-1].end])
        if entity.kind == "person" and len(name) >= 2 and name[-1].lower in SURNAME_STOP_WORDS:
            # "Theresa May" known: "May told MPs" names her (the word was answered before as a stop word)
            self._stop_word_surnames.add(name[-1].text)
            self._name_word_cache.pop(name[-1].text, None)
        return entity

    def _pronoun_not_name(self, tok: Token) -> bool:
        """A personal pronoun read as a name: in lower case, opening a sentence, in capitals (not a two-letter
        acronym), or an object form ("Him", "Ihm"). A subject form capitalised inside a sentence is a name
        ("le magazine Elle", "Mme Elle")."""
        if tok.text == "I":
            return True  # the English "I" (the writer is an entity of its own, quotes.py) or a Roman numeral
        subject = pronoun_of(tok.text, self.lex.lang)
        if subject is None:
            return False
        if tok.text.isupper():
            return len(tok.text) > 2
        return not tok.is_capitalised or tok.lower != subject or self._opens_sentence(tok.start)

    def _opens_sentence(self, offset: int) -> bool:
        """Does the word at ``offset`` open a sentence, a paragraph, or follow a heading in capitals
        ("VIETATO SAPERE IL MOTIVO – Nulla Renzi ha detto")? Its capital then says nothing: a known
        surname is not renamed after the word before it ("Nulla Renzi" is Renzi)."""
        text, i = self.text, offset - 1
        dash = False
        while i >= 0 and text[i] != "\n" and (text[i].isspace() or text[i] in QUOTE_CHARS or text[i] in "-–—"):
            dash = dash or text[i] in "-–—"
            i -= 1
        if i < 0 or text[i] in ".!?:\n":
            return True
        if dash and text[i].isupper():
            a = i
            while a > 0 and text[a - 1].isalpha():
                a -= 1
            return i - a >= 1 and text[a:i + 1].isupper()
        return False

    def _key(self, name: list[Token], kind: str, country: str | None) -> str:
        if kind == "country":
            return f"country:{country}"
        if kind == "organisation":
            return "org:" + " ".join(strip_possessive(t.lower) for t in name)
        return strip_possessive(name[-1].lower)

    def _match(self, name_text: str, name: list[Token], kind: str) -> Entity | None:
        if kind == "country":
            key = f"country:{country_of(name_text)}"
            return next((e for e in self.entities if e.key == key), None)
        if kind == "organisation":
            key = "org:" + " ".join(strip_possessive(t.lower) for t in name)
            return next((e for e in self.entities if e.key == key), None)
        surname = strip_possessive(name[-1].lower)
        first = name[0].lower if len(name) > 1 and name[0].text not in NAME_ARTICLES else None
        # a surname alone refers back to whoever was introduced with it first; a person's name
        # before a long title holding it ("The Evening With Vladimir Solovyov", a show): an entity
        # named by more than three words is taken only when no shorter-named one matches
        longer = None
        for e in (self.entities if len(name) == 1 else reversed(self.entities)):
            if e.kind not in ("person", "other"):
                if not (len(name) == 1 and e.kind == "organisation" and e.key == f"org:{surname}"):
                    continue
            else:
                # _stem_match needs the first four letters in common: test them before calling it
                if e.key[:4] != surname[:4] or not _stem_match(e.key, surname):
                    continue
                e_first = e.name.split()[0].lower() if len(e.name.split()) > 1 else None
                if first and e_first and not (e_first.startswith(first[:3]) or first.startswith(e_first[:3])):
                    continue  # a different person with the same surname
            if len(e.name.split()) <= 3:
                return e
            if longer is None:
                longer = e
        if longer is not None:
            return longer
        if len(name) == 1 and kind in ("person", "other"):
            # "Xi" after "Xi Jinping", "Hillary" after "Hillary Clinton": a lone word that is the first
            # name of exactly one person (family name first, or a first name) is that person
            # (the name's particles aside: "Prince Mohammed" after "Mohammed bin Salman")
            # (French, Italian, Spanish "al", "da", "de" are prepositions too: "Scholz al Bundestag" is no name)
            particles = self.lex.name_particles - (ROMANCE_PREPOSITION_PARTICLES if self.lex.lang in ("fr", "it", "es")
                                                   else frozenset())
            firsts = [e for e in self.entities if e.kind == "person"
                      and len([w for w in e.name.split() if w not in particles]) == 2
                      and e.name.split()[0].lower() == surname]
            if len(firsts) == 1:
                return firsts[0]
        return None

    # --- mentions by place ---------------------------------------------------------------
    def mentions_in(self, start: int, end: int, kinds: tuple[str, ...] | None = ("person",), *,
                    opening: bool = False, by_entity: bool = False) -> list[tuple[tuple[int, int], Entity]]:
        """The (mention, entity) pairs of the entities of ``kinds`` (None: of any kind, the kind as it is
        now) with a mention inside ``[start, end)``: ``start <= mention start`` and ``mention end <= end``;
        with ``opening``, a mention that opens there (``start <= mention start < end``, wherever it ends).
        In the order of the mentions (a mention two entities share: in registry order); with
        ``by_entity``, in registry order and each entity's mentions in order (as a loop over
        ``entities`` and their ``mentions`` meets them)."""
        # entities are only appended and mentions only added (Entity.add), so the two counts tell a stale index;
        # counted per registry, not in a class-wide counter, so that articles analysed in parallel threads
        # cannot hide each other's additions
        key = (len(self.entities), sum(len(e.mentions) for e in self.entities))
        if key != self._index_key:
            self._index = sorted((m, n, e) for n, e in enumerate(self.entities) for m in e.mentions)
            self._index_starts = [m[0] for m, _, _ in self._index]
            self._index_key = key
        lo = bisect_left(self._index_starts, start)
        if opening:
            found = [x for x in self._index[lo:bisect_left(self._index_starts, end)]
                     if kinds is None or x[2].kind in kinds]
        else:
            found = [x for x in self._index[lo:bisect_right(self._index_starts, end)]
                     if x[0][1] <= end and (kinds is None or x[2].kind in kinds)]
        if by_entity:
            found.sort(key=lambda x: x[1])  # (stable: each entity's mentions stay in order)
        return [(m, e) for m, _, e in found]

    # --- speakers that are not names -----------------------------------------------------
    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention inside ``[start, end)``, preferring people, then the last."""
        found = self.mentions_in(start, end, None)
        if not found:
            return None
        people = [f for f in found if f[1].kind == "person"]
        return max(people or found, key=lambda f: f[0])[1]

    def resolve_pronoun(self, word: str, start: int, end: int,
                        recent: list[tuple[int, Entity]]) -> Entity | None:
        """The entity a subject pronoun stands for: the latest compatible speaker, else the
        latest compatible person mentioned before it."""
        word = contracted_pronoun(word.lower(), self.lex) or word
        kind = self.lex.pronouns.get(word.lower())
        gender = "f" if word.lower() in FEMININE else "m" if word.lower() in MASCULINE else None

        spoke = {id(x) for _, x in recent}

        def fits(e: Entity) -> bool:
            if kind == "person":  # (the writer's "I" is no third person)
                # a bare capitalised name that has spoken is a person's too ("Trump said ... . He added ...",
                # "Лавров заявил ... . Он добавил")
                return (e.kind == "person" or id(e) in spoke and is_bare_name(e)) \
                    and (gender is None or e.gender in (None, gender)) and e.key != "writer:i"
            return e.kind in ("organisation", "other", "country")

        # a speaker or person known to have this gender, close by, beats a closer unknown one
        known = None
        if gender and kind == "person":
            near = [(pos, e) for pos, e in recent if pos < start and start - pos < 600 and fits(e)]
            near += [(m[0], e) for m, e in self.mentions_in(start - 399, start, None, by_entity=True)  # (within 400)
                     if fits(e) and not self.quoted(m[0])
                     and not self.text.startswith(("’s", "'s"), m[1])  # ("Boudreau’s clarification": a possessor)
                     and not self._after_preposition(m[0])]
            matched = [(pos, e) for pos, e in near if e.gender == gender]
            if matched and not any(e.gender is None and pos > max(p for p, _ in matched)
                                   for pos, e in recent if pos < start):
                known = max(matched, key=lambda x: x[0])[1]
        for pos, e in reversed(recent):
            if known is not None:
                e = known
                break
            if pos < start and fits(e):
                break
        else:
            mentioned = [(m[0], e) for m, e in self.mentions_in(0, start, None, by_entity=True)
                         if fits(e) and not self.quoted(m[0])]
            if not mentioned and kind == "person":
                # no person known yet: a bare capitalised name opening a sentence just before, its subject
                # ("Шойгу посетил войска. Он заявил ..."), not a place later in it ("... a rally in Ohio")
                mentioned = [(m[0], e) for m, e in self.mentions_in(start - 299, start, None, by_entity=True)  # (within 300)
                             if is_bare_name(e) and not self.quoted(m[0])
                             and len(e.name.split()) <= 2 and self._opens_sentence(m[0])]
            if not mentioned:
                return None
            e = max(mentioned, key=lambda x: x[0])[1]
        if gender and e.gender is None and kind == "person":
            e.gender = gender
        e.add(start, end)
        return e

    def _after_preposition(self, start: int) -> bool:
        """The mention at ``start`` follows a preposition ("Like Saviano,", "con Draghi"): no subject."""
        m = _PREVIOUS_WORD.search(self.text, max(0, start - 20), start)
        return m is not None and m.group(1).lower() in NON_SUBJECT_PREPOSITIONS

    def _only_person_before(self, start: int) -> Entity | None:
        """The one person named (outside quotes) in the sentence before ``start`` within its
        paragraph, when ``start`` opens a sentence (after an article) and no other person is named there."""
        lead_start = max(0, start - 300)
        newline = self.text.rfind("\n", lead_start, start)
        if newline >= 0:
            lead_start = newline + 1
        end = start
        words = self.text[lead_start:end].split()
        if words and words[-1].lower() in self.lex.determiners:
            end = self.text.rfind(words[-1], lead_start, end)  # "Der | Kanzler": the article before the role
        lead = self.text[lead_start:end].rstrip()
        if not lead or lead[-1] not in ".!?":
            return None  # the description does not open its sentence
        body = lead[:-1]
        cut = max(body.rfind(". "), body.rfind("! "), body.rfind("? "))
        a = lead_start + (cut + 2 if cut >= 0 else 0)
        people = {id(e): e for m, e in self.mentions_in(a, end, opening=True) if not self.quoted(m[0])}
        return next(iter(people.values())) if len(people) == 1 else None

    def _lead_start(self, e: Entity, a: int) -> int:
        """Where the words describing the mention of ``e`` at ``a`` may start: 60 characters before it, or
        later, after another person named in between, who is the one those words describe ("The current
        Labour mayor, John Biggs, complained that President Trump": Biggs is the mayor, not Trump)."""
        start = max(0, a - 60)
        return max([start] + [m[1] for m, other in self.mentions_in(start, a) if other is not e and m[1] <= a])

    def _role_before(self, e: Entity, role: str, limit: int) -> bool:
        """A role written just before a mention of ``e`` in the same sentence, outside its name run
        ("la ministra degli Esteri britannica Liz Truss")."""
        for a, _ in e.mentions:
            if a >= limit:
                continue
            lead = self.text[self._lead_start(e, a):a]
            lead = lead[max(lead.rfind("."), lead.rfind("\n")) + 1:]
            if _role_in_title(role, " ".join(lead.split()[-5:])):
                return True
        return False

    def _described_with(self, e: Entity, limit: int) -> set[str]:
        """Five-letter stems of the words describing ``e``: its title and the five words before
        each of its mentions up to ``limit`` ("son homologue chinois, Xi Jinping")."""
        texts = [e.title]
        for a, _ in e.mentions:
            if a < limit and not self.quoted(a):
                lead = self.text[self._lead_start(e, a):a]
                texts.append(" ".join(lead[max(lead.rfind("."), lead.rfind("\n")) + 1:].split()[-5:]))
        return {bare(w.strip(",.;:«»\"'“”()")).lower()[:5] for text in texts for w in text.split()} - {""}

    def resolve_description(self, toks: list[Token], recent: list[tuple[int, Entity]]) -> Entity | None:
        """A speaker named by a description: "the Kremlin spokesman", "officials", "Franken's office"."""
        words = [t for t in toks if t.lower not in self.lex.determiners or t.lower in GENITIVES]
        while words and words[0].lower in GENITIVES:
            words = words[1:]
        words = words or toks
        pron = pronoun_of(words[0].text, self.lex.lang)
        if pron is not None and not any(t.is_capitalised and not self._opens_sentence(t.start) for t in words):
            # "lui" ("selon lui"), "qu'elle veut": a pronoun heads no description; it stands for someone named
            # before, or for no one the rules know
            return self.resolve_pronoun(pron, words[0].start, words[0].end, recent)
        head = bare(words[-1].text)
        role = next((bare(t.text) for t in words if bare(t.text) in self.lex.roles
                     and not t.text[len(t.text) - len(bare(t.text)):][:1].isupper()), None)
        if role and role != head and (any(t.lower in GENITIVES for t in words) or self.lex.lang in ("ru", "pl")):
            head = role  # "la présidente du Rassemblement national", "глава делегации": the head comes first
        elif role and role != head and self.lex.lang in ("fr", "it", "es") and head not in self.lex.roles \
                and len(words) >= 2 and bare(words[-2].text) == role and not words[-1].is_capitalised:
            head = role  # "le président chinois": the adjective follows the role
        start, end = words[0].start, words[-1].end
        text = self.text[start:end]
        possessor = next((t for t in words[:-1] if t.text != strip_possessive(t.text)), None)
        # "a law enforcement official", "une source": an indefinite description brings in someone new
        indefinite = toks[0].lower in INDEFINITE_ARTICLES
        placed = [t.lower for t in words if t.is_capitalised and t.lower in self.places]
        if placed and head in self.lex.roles:
            # "the former California attorney general" after "Sen. Kamala Harris of California": the person
            # from that place
            from_there = [(max(m[0] for m in e.mentions if m[0] < start), e) for e in self.entities
                          if e.kind == "person" and set(placed) & e.places and any(m[0] < start for m in e.mentions)]
            if from_there:
                e = max(from_there, key=lambda x: x[0])[1]
                e.add(start, end)
                return e
        if head in INTERLOCUTORS and not indefinite:
            # "отметил собеседник агентства", "rozmówca portalu": the person interviewed, the one named last
            people = [(m[0], e) for m, e in self.mentions_in(0, start, by_entity=True) if not self.quoted(m[0])]
            if people:
                e = max(people, key=lambda x: x[0])[1]
                e.add(start, end)
                return e
        if head not in self.lex.groups and possessor is None and not indefinite \
                and not plural_common(head, self.lex.lang) and head not in self.lex.org_words and head not in DOCUMENTS:
            # "die Ratsvorsitzende der Evangelischen Kirche in Deutschland, Annette Kurschus, behauptet": the
            # person named in apposition right after the description (a few more words of it, a comma,
            # the name, a comma) is the one it describes
            after = [(m, e) for m, e in self.mentions_in(end, end + 60) if not self.quoted(m[0])]
            if after:
                (m0, m1), e = after[0]
                between = self.text[end:m0]
                close = self.text[m1:m1 + 1]
                if re.fullmatch(r"[^.;:!?\n\"«»“”„()]{0,40},\s*", between) and len(between.split()) <= 5 \
                        and close in (",", ")") and not e.key.startswith("desc:") \
                        and all(e is x for _, x in self.mentions_in(end, m0)):
                    e.add(start, end)
                    return e
        if head in self.lex.roles and head not in self.lex.groups and possessor is None and not indefinite:
            # "le président chinois", "the former president": the words beside the role pick, among
            # the people mentioned before, the one described with them (title or the words before a
            # mention), even when another person holds the same role ("le président américain")
            mods = {bare(t.text)[:5] for t in words if t.is_word and not t.is_capitalised and bare(t.text) != head
                    and t.lower not in self.lex.determiners and t.lower not in GENITIVES
                    and t.lower not in self.lex.stop_capitalised and t.lower not in self.lex.skippable
                    and bare(t.text) not in self.lex.roles and len(bare(t.text)) > 3}
            if mods:
                marked = [(max(m[0] for m in e.mentions if m[0] < start), e) for e in self.entities
                          if e.kind == "person" and any(m[0] < start for m in e.mentions)
                          and mods & self._described_with(e, start)]
                if marked:
                    e = max(marked, key=lambda x: x[0])[1]
                    e.add(start, end)
                    return e
            # the person holding that title who was mentioned last ("... la ministra degli Esteri
            # Liz Truss. ..., dice il ministro": Truss, though the premier spoke last)
            holders = [(max((m[0] for m in e.mentions if m[0] < start), default=-1), e) for e in self.entities
                       if e.kind == "person" and (_role_in_title(head, e.title) or (
                           head not in self.lex.org_words and head not in COLLECTIVE_ROLES and head not in DOCUMENTS
                           and self._role_before(e, head, start)))]
            holders = [(pos, e) for pos, e in holders if pos >= 0]
            if holders:
                e = max(holders, key=lambda x: x[0])[1]
                e.add(start, end)
                return e
            introduced = self._only_person_before(toks[0].start)
            nationality = any(country_of(t.text) for t in words if not t.is_capitalised)
            if introduced is not None and not nationality and head not in COLLECTIVE_ROLES and head not in DOCUMENTS \
                    and head not in self.lex.org_words:
                # "... c’è Roberto Calderoli. Il vicepresidente del Senato ha raccontato": a definite
                # role right after the one person the sentence before introduced is that person
                introduced.add(start, end)
                return introduced
            # only a role one person holds stands for the speaker the article follows: "the
            # department", "media", "the report" are bodies and texts, never the last person
            # "канцлер ФРГ": a country or acronym after a lowercase role is its genitive, not a name
            named = [t for t in words if t.is_capitalised and not (
                words[0] is not t and not words[0].is_capitalised and (country_of(t.text) or t.text.isupper()))]
            plain_role = (not named and head not in DOCUMENTS
                          and head not in self.lex.org_words and head not in COLLECTIVE_ROLES)
            nationality = any(country_of(t.text) for t in words if not t.is_capitalised)
            # (not in English, whose news names a known speaker again by surname and brings in a new one with a
            # role nobody holds yet: "the professor said", "the civil lawyer wrote" are someone else)
            if ((plain_role or any(t.lower in GENITIVES for t in words)) and recent and not nationality
                    and head not in self.lex.org_words and self.lex.lang != "en"
                    and recent[-1][1].kind == "person" and not recent[-1][1].key.startswith("desc:")):
                e = recent[-1][1]  # "a ajouté la présidente": the speaker the article follows
                e.add(start, end)
                return e
        if head in self.lex.org_words and not any(t.is_capitalised for t in words):
            # "the department": the organisation named with that word ("the Dallas Police
            # Department"), else "the company", "the ministry": the organisation that spoke last
            for e in reversed(self.entities):
                if e.kind == "organisation" and not e.key.startswith("desc:") \
                        and head in (w.lower() for w in e.name.split()):
                    e.add(start, end)
                    return e
            for _, e in reversed(recent if possessor is None else []):
                # ("the cardinal’s office": the office of someone, not the body that spoke last)
                if e.kind in ("organisation", "other") and (not e.key.startswith("desc:")
                                                             or e.key.endswith(" " + head)):
                    e.add(start, end)
                    return e
        key = "desc:" + " ".join(t.lower for t in words)
        entity = next((e for e in self.entities if e.key == key), None)
        if entity is None:
            kind = ("organisation" if head in self.lex.org_words
                    else "other" if head in self.lex.groups or head in DOCUMENTS else "person")
            if kind == "person" and (head.lower() in COUNTING_WORDS or plural_common(head, self.lex.lang)):
                kind = "other"  # "a few", "estimates", "victims": many, or things, never "he"
            entity = Entity(id=f"E{len(self.entities) + 1}", name=text, kind=kind, key=key,
                            gender="f" if head in FEMALE_NOUNS else "m" if head in MALE_NOUNS else None)
            self.entities.append(entity)
        entity.add(start, end)
        return entity


def is_quote_token(tok: Token) -> bool:
    return tok.text in QUOTE_CHARS
