"""EntityRegistry.mentions_in: the mentions inside a range, from an index kept in step with the registry."""

from __future__ import annotations

from spinscope.attribution.lexicon import lexicon_for
from spinscope.attribution.speakers import Entity, EntityRegistry


def _registry() -> tuple[EntityRegistry, Entity, Entity, Entity]:
    text = "Anna Lee met Bob Stone and the Acme Corp. Later Bob Stone and Anna Lee spoke." + " " * 20
    reg = EntityRegistry(text, lexicon_for("en"))
    bob = Entity(id="E1", name="Bob Stone", kind="person")
    acme = Entity(id="E2", name="Acme Corp", kind="organisation")
    anna = Entity(id="E3", name="Anna Lee", kind="person")
    reg.entities += [bob, acme, anna]
    for e, spans in ((bob, [(48, 57), (13, 22)]), (acme, [(31, 40)]), (anna, [(62, 70), (0, 8)])):
        for a, b in spans:
            e.add(a, b)
    return reg, bob, acme, anna


def _naive(reg, start, end, kinds=("person",), opening=False):
    """The scan the helper replaces: every entity's every mention, in registry order."""
    return [(m, e) for e in reg.entities if kinds is None or e.kind in kinds for m in e.mentions
            if (start <= m[0] < end if opening else start <= m[0] and m[1] <= end)]


def test_order_is_by_mention_and_by_entity_on_request():
    reg, bob, acme, anna = _registry()
    assert reg.mentions_in(0, 100) == [((0, 8), anna), ((13, 22), bob), ((48, 57), bob), ((62, 70), anna)]
    # by_entity: as a loop over the entities and their mentions meets them
    assert reg.mentions_in(0, 100, by_entity=True) == _naive(reg, 0, 100) == [
        ((13, 22), bob), ((48, 57), bob), ((0, 8), anna), ((62, 70), anna)]
    # a mention two entities share comes in registry order
    acme.add(13, 22)
    assert reg.mentions_in(10, 30, None) == [((13, 22), bob), ((13, 22), acme)]


def test_boundaries_contained_and_opening():
    reg, bob, acme, anna = _registry()
    assert reg.mentions_in(13, 22) == [((13, 22), bob)]  # start <= mention start, mention end <= end
    assert reg.mentions_in(14, 22) == []
    assert reg.mentions_in(13, 21) == []
    assert reg.mentions_in(13, 21, opening=True) == [((13, 22), bob)]  # opening: only the start counts
    assert reg.mentions_in(13, 13, opening=True) == []  # [start, end): empty
    assert reg.mentions_in(13, 14, opening=True) == [((13, 22), bob)]  # a mention opening at 13
    assert reg.mentions_in(0, 13, opening=True) == [((0, 8), anna)]  # end excluded
    for start in range(-10, 80, 3):  # (callers ask from before 0: "within 400 before it")
        for end in range(start, 90, 4):
            for kinds in (("person",), None, ("organisation",)):
                for opening in (False, True):
                    assert reg.mentions_in(start, end, kinds, opening=opening, by_entity=True) \
                        == _naive(reg, start, end, kinds, opening)


def test_kind_filter_reads_the_kind_as_it_is_now():
    reg, bob, acme, anna = _registry()
    assert reg.mentions_in(0, 100, ("organisation",)) == [((31, 40), acme)]
    assert [e for _, e in reg.mentions_in(0, 100, None)] == [anna, bob, acme, bob, anna]
    acme.kind = "person"  # (the registry retypes entities: "Lavrov" first, "Sergei Lavrov" later)
    assert ((31, 40), acme) in reg.mentions_in(0, 100)
    assert reg.mentions_in(0, 100, ("organisation",)) == []


def test_index_refreshed_after_a_new_mention_or_entity():
    reg, bob, acme, anna = _registry()
    assert reg.mentions_in(70, 100, opening=True) == []
    bob.add(72, 74)  # "he"
    assert reg.mentions_in(70, 100, opening=True) == [((72, 74), bob)]
    bob.add(72, 74)  # a mention already known changes nothing
    assert reg.mentions_in(0, 100, by_entity=True) == _naive(reg, 0, 100)
    carl = Entity(id="E4", name="Carl", kind="person", mentions=[(80, 84)])
    reg.entities.append(carl)  # an entity appended with its mentions
    assert reg.mentions_in(75, 100) == [((80, 84), carl)]
    # and another registry's new mention does not leave this one stale either
    other, *_ = _registry()
    anna.add(90, 93)
    assert reg.mentions_in(85, 100) == [((90, 93), anna)]
    assert other.mentions_in(85, 100) == []
    # entity_at, served by the index, sees it too
    assert reg.entity_at(90, 93) is anna
