"""The SemEval-2023 Task 3 label sets: genres, 14 generic frames, 23 persuasion techniques.

Label strings are the official ones; every other part of spinscope uses them as keys.
Definitions paraphrase the task's annotation guidelines (Piskorski et al., 2023).
"""

from __future__ import annotations

from dataclasses import dataclass

GENRES: tuple[str, ...] = ("opinion", "reporting", "satire")

FRAMES: tuple[str, ...] = (
    "Economic",
    "Capacity_and_resources",
    "Morality",
    "Fairness_and_equality",
    "Legality_Constitutionality_and_jurisprudence",
    "Policy_prescription_and_evaluation",
    "Crime_and_punishment",
    "Security_and_defense",
    "Health_and_safety",
    "Quality_of_life",
    "Cultural_identity",
    "Public_opinion",
    "Political",
    "External_regulation_and_reputation",
)


@dataclass(frozen=True)
class Technique:
    label: str  # official SemEval-2023 string
    name: str  # human-readable
    group: str
    definition: str


TECHNIQUE_GROUPS: dict[str, str] = {
    # group -> colour used by reports (colour-blind-safe palette, Okabe-Ito)
    "Attack on reputation": "#D55E00",
    "Justification": "#0072B2",
    "Simplification": "#009E73",
    "Distraction": "#CC79A7",
    "Call": "#E69F00",
    "Manipulative wording": "#56B4E9",
}

TECHNIQUES: tuple[Technique, ...] = (
    # Attack on reputation
    Technique("Name_Calling-Labeling", "Name calling or labelling", "Attack on reputation",
              "Labels the target with a loaded word or phrase the audience fears, hates or finds undesirable."),
    Technique("Guilt_by_Association", "Guilt by association", "Attack on reputation",
              "Attacks the target by linking it to a group, person or idea the audience views negatively."),
    Technique("Doubt", "Casting doubt", "Attack on reputation",
              "Questions the credibility, character or competence of the target instead of arguing the point."),
    Technique("Appeal_to_Hypocrisy", "Appeal to hypocrisy", "Attack on reputation",
              "Attacks the target's reputation by charging them with hypocrisy or inconsistency (tu quoque)."),
    Technique("Questioning_the_Reputation", "Questioning the reputation", "Attack on reputation",
              "Undermines the target's character or moral standing with strong negative claims, not about the issue."),
    # Justification
    Technique("Flag_Waving", "Flag waving", "Justification",
              "Justifies an idea by appealing to pride in or the interests of a group (nation, race, religion)."),
    Technique("Appeal_to_Authority", "Appeal to authority", "Justification",
              "Presents a claim as true because an authority or expert said so, without other evidence."),
    Technique("Appeal_to_Popularity", "Appeal to popularity", "Justification",
              "Presents a claim as right because 'everybody' holds it or the majority acts on it (bandwagon)."),
    Technique("Appeal_to_Values", "Appeal to values", "Justification",
              "Justifies an idea by linking it to values the audience holds dear (tradition, freedom, ethics)."),
    Technique("Appeal_to_Fear-Prejudice", "Appeal to fear or prejudice", "Justification",
              "Builds support by stoking fear or prejudice about an alternative or a group."),
    # Simplification
    Technique("Causal_Oversimplification", "Causal oversimplification", "Simplification",
              "Reduces a complex issue to a single cause, or blames one cause for many effects."),
    Technique("False_Dilemma-No_Choice", "False dilemma or no choice", "Simplification",
              "Presents two alternatives as the only options when more exist, or leaves only one."),
    Technique("Consequential_Oversimplification", "Consequential oversimplification", "Simplification",
              "Claims a first step will inevitably lead to a chain of (usually bad) events (slippery slope)."),
    # Distraction
    Technique("Straw_Man", "Straw man", "Distraction",
              "Refutes a distorted or weaker version of the opponent's position instead of the real one."),
    Technique("Red_Herring", "Red herring", "Distraction",
              "Diverts attention to an irrelevant topic to avoid the issue under discussion."),
    Technique("Whataboutism", "Whataboutism", "Distraction",
              "Deflects criticism by pointing to the opponent's supposed wrongdoing instead of answering it."),
    # Call
    Technique("Slogans", "Slogans", "Call",
              "A brief, striking phrase that works on emotion or stereotypes, often as a call to action."),
    Technique("Conversation_Killer", "Conversation killer", "Call",
              "A phrase that discourages critical thought and ends the discussion ('it is what it is')."),
    Technique("Appeal_to_Time", "Appeal to time", "Call",
              "Argues that now is the time to act, urging immediate action through a sense of deadline."),
    # Manipulative wording
    Technique("Loaded_Language", "Loaded language", "Manipulative wording",
              "Uses words or phrases with strong emotional connotations to sway the audience."),
    Technique("Obfuscation-Vagueness-Confusion", "Obfuscation, vagueness or confusion", "Manipulative wording",
              "Uses deliberately unclear words so the audience may read them as they like."),
    Technique("Exaggeration-Minimisation", "Exaggeration or minimisation", "Manipulative wording",
              "Represents something as much better or worse, or much larger or smaller, than it really is."),
    Technique("Repetition", "Repetition", "Manipulative wording",
              "Repeats the same word, phrase or idea so the audience comes to accept it."),
)

TECHNIQUE_BY_LABEL: dict[str, Technique] = {t.label: t for t in TECHNIQUES}
TECHNIQUE_LABELS: tuple[str, ...] = tuple(t.label for t in TECHNIQUES)

# Known misspellings in the distributed corpora, normalised when reading.
_LABEL_FIXES = {"Appeal_to_Fear-Prejudi-čce": "Appeal_to_Fear-Prejudice"}


def normalize_label(label: str) -> str:
    label = label.strip()
    return _LABEL_FIXES.get(label, label)


def group_colour(label: str) -> str:
    technique = TECHNIQUE_BY_LABEL.get(label)
    return TECHNIQUE_GROUPS[technique.group] if technique else "#999999"
