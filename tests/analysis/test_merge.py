"""Findings + the IC's review → Breakdown: human columns win, rejections hold until the text changes."""

from __future__ import annotations

from dataclasses import replace

from prodbridge.analysis.merge import digest, follow_up, heading_key, match_reviews, merge, reopen_marker
from prodbridge.model import Evidence, Finding, Paragraph, Review, Scene, Script


def make_script(scenes: list[tuple[str, str]]) -> Script:
    """A script of (id, heading) scenes, one heading paragraph and one action line each."""
    paragraphs, built = [], []
    for index, (scene_id, heading) in enumerate(scenes, start=1):
        start = len(paragraphs)
        paragraphs.append(Paragraph(start, "Scene Heading", heading, "Scene Heading", index))
        paragraphs.append(Paragraph(start + 1, "Action", f"Action of scene {scene_id}.", "Action", index))
        number = None if scene_id.startswith("#") else scene_id
        built.append(
            Scene(index, scene_id, number, heading, "INT", heading, None, "NIGHT", 8, "estimate", "1", (start, start + 2))
        )
    return Script("fdx", "Test", "en", tuple(paragraphs), tuple(built))


def kiss(scene: int, text: str = "Anna kisses Marc.", paragraph: int = 1, confidence: float = 0.9) -> Finding:
    return Finding(
        scene=scene,
        codes=("KIS",),
        confidence=confidence,
        characters=("ANNA", "MARC"),
        evidence=(Evidence(paragraph, "KIS", "kisses", text),),
    )


SCRIPT = make_script(
    [("1", "INT. KITCHEN - DAY"), ("2", "INT. BEDROOM - NIGHT"), ("3", "EXT. BEACH - DAWN")]
)


def test_digest_ignores_paragraph_position_and_confidence():
    assert digest(kiss(2, paragraph=1, confidence=0.9)) == digest(kiss(5, paragraph=40, confidence=0.5))


def test_digest_changes_when_the_quoted_words_or_codes_change():
    base = kiss(2)
    assert digest(base) != digest(kiss(2, text="Anna kisses Marc hard."))
    assert digest(base) != digest(replace(base, codes=("KIS", "UND")))


def test_digest_ignores_whitespace_inside_quotes():
    assert digest(kiss(2, text="Anna  kisses\nMarc.")) == digest(kiss(2, text="Anna kisses Marc."))


def test_new_finding_is_proposed_with_the_current_digest():
    breakdown = merge(SCRIPT, [kiss(2)], {})
    (entry,) = breakdown.entries
    assert entry.scene_id == "2"
    assert entry.status == "proposed"
    assert entry.review.evidence_digest == digest(kiss(2))
    assert entry.review.row is None
    assert follow_up(entry) == "to_review"


def test_scenes_without_finding_or_review_are_not_entries():
    assert [e.scene_id for e in merge(SCRIPT, [kiss(3), kiss(1)], {}).entries] == ["1", "3"]


def test_confirmed_review_keeps_every_typed_cell():
    review = Review(
        "2",
        "confirmed",
        nudity={"ANNA": "none", "MARC": "partial"},
        rider_status="signed",
        garments="pouch",
        closed_set="yes",
        rehearsal="Tue 10:00",
        notes="agreed with director",
        evidence_digest=digest(kiss(2)),
        extra={"Costume fitting": "done"},
        row=5,
    )
    (entry,) = merge(SCRIPT, [kiss(2)], {"2": review}).entries
    assert entry.review == review
    assert not entry.changed
    assert follow_up(entry) == "reviewed"


def test_rejected_finding_stays_rejected_while_the_evidence_is_unchanged():
    review = Review("2", "rejected", notes="a peck on the cheek", evidence_digest=digest(kiss(2)))
    (entry,) = merge(SCRIPT, [kiss(2, paragraph=3, confidence=0.4)], {"2": review}).entries
    assert entry.status == "rejected"
    assert entry.review.notes == "a peck on the cheek"
    assert not entry.reopened
    assert entry not in merge(SCRIPT, [kiss(2)], {"2": review}).active()


def test_rejected_finding_whose_evidence_changed_is_proposed_again_with_the_note_marked():
    review = Review("2", "rejected", notes="a peck on the cheek", evidence_digest=digest(kiss(2)))
    changed = kiss(2, text="Anna kisses Marc and pulls off his shirt.")
    (entry,) = merge(SCRIPT, [changed], {"2": review}).entries
    assert entry.status == "proposed"
    assert entry.reopened and entry.changed
    assert entry.review.notes == f"{reopen_marker('en')} a peck on the cheek"
    assert entry.review.evidence_digest == digest(changed)
    assert follow_up(entry) == "evidence_changed"


def test_reopen_marker_is_in_the_workbook_language_and_stands_alone_without_a_note():
    review = Review("2", "rejected", evidence_digest="000000000000")
    (entry,) = merge(SCRIPT, [kiss(2)], {"2": review}, lang="fr").entries
    assert entry.review.notes == "[était rejeté ; le texte du scénario a changé depuis]"


def test_reopened_finding_is_stable_on_the_next_run():
    review = Review("2", "rejected", notes="n", evidence_digest="000000000000")
    (first,) = merge(SCRIPT, [kiss(2)], {"2": review}).entries
    (second,) = merge(SCRIPT, [kiss(2)], {"2": first.review}).entries
    assert second.review == first.review
    assert not second.reopened


def test_confirmed_finding_whose_text_changed_keeps_its_status_and_old_digest():
    review = Review("2", "confirmed", evidence_digest=digest(kiss(2)))
    (entry,) = merge(SCRIPT, [kiss(2, text="They kiss again.")], {"2": review}).entries
    assert entry.status == "confirmed"
    assert entry.changed
    assert entry.review.evidence_digest == digest(kiss(2))
    assert follow_up(entry) == "check_changed"


def test_clearing_the_digest_acknowledges_a_change():
    review = Review("2", "confirmed", evidence_digest="")
    new = kiss(2, text="They kiss again.")
    (entry,) = merge(SCRIPT, [new], {"2": review}).entries
    assert entry.review.evidence_digest == digest(new)
    assert follow_up(entry) == "reviewed"


def test_unreviewed_finding_that_disappeared_stays_visible_as_no_longer_detected():
    review = Review("2", "proposed", evidence_digest=digest(kiss(2)))
    (entry,) = merge(SCRIPT, [], {"2": review}).entries
    assert entry.finding is None and not entry.removed
    assert entry.review.evidence_digest == digest(kiss(2))
    assert follow_up(entry) == "no_longer_detected"
    assert entry in merge(SCRIPT, [], {"2": review}).active()


def test_row_added_by_the_ic_for_a_missed_scene_is_kept_as_confirmed():
    review = Review("3", "confirmed", notes="implied off-screen", row=9)
    (entry,) = merge(SCRIPT, [], {"3": review}).entries
    assert entry.finding is None and entry.status == "confirmed"
    assert follow_up(entry) == "reviewed"


def test_review_of_a_scene_that_left_the_script_is_marked_removed_at_the_end():
    reviews = {"9": Review("9", "confirmed", notes="keep me", row=3), "2": Review("2", "proposed", row=4)}
    breakdown = merge(SCRIPT, [kiss(2)], reviews)
    assert [(e.scene_id, e.removed) for e in breakdown.entries] == [("2", False), ("9", True)]
    removed = breakdown.entries[1]
    assert removed.review.notes == "keep me"
    assert follow_up(removed) == "removed"
    assert removed not in breakdown.active()


def test_renumbered_scene_is_found_by_its_fd13_paragraph_id():
    revised = make_script([("1", "INT. KITCHEN - DAY"), ("2", "INT. HALL - DAY"), ("3", "INT. BEDROOM - NIGHT")])
    review = Review("2", "confirmed", heading="INT. BEDROOM - NIGHT", paragraph_id="abc")
    matched, left = match_reviews(revised, [review], {1: "k", 2: "new", 3: "abc"})
    assert matched == {3: review} and left == []
    (entry,) = merge(revised, [], {"2": review}, {1: "k", 2: "new", 3: "abc"}).entries
    assert entry.scene_id == "3" and entry.review.scene_id == "2"


def test_unnumbered_scene_shifted_by_an_insert_is_found_by_its_heading():
    before = make_script([("#1", "INT. KITCHEN - DAY"), ("#2", "INT. BEDROOM - NIGHT")])
    after = make_script([("#1", "INT. KITCHEN - DAY"), ("#2", "EXT. STREET - DAY"), ("#3", "INT. BEDROOM - NIGHT")])
    review = Review("#2", "rejected", heading=before.scenes[1].heading)
    matched, left = match_reviews(after, [review], {})
    assert matched == {3: review} and left == []


def test_heading_comparison_ignores_a_scene_number_written_in_the_heading():
    assert heading_key("SÉQ. 12 - INT. CHAMBRE - NUIT") == heading_key("SÉQ. 14 - INT. CHAMBRE - NUIT")
    assert heading_key("INT. CHAMBRE - NUIT") != heading_key("INT. CHAMBRE - JOUR")


def test_same_number_with_an_edited_heading_is_still_the_same_scene():
    revised = make_script([("1", "INT. KITCHEN - DAY"), ("2", "INT. BEDROOM - DAWN")])
    review = Review("2", "confirmed", heading="INT. BEDROOM - NIGHT")
    matched, left = match_reviews(revised, [review], {})
    assert matched == {2: review} and left == []


def test_scene_whose_fd13_id_left_the_script_does_not_take_over_its_number():
    revised = make_script([("1", "INT. KITCHEN - DAY"), ("2", "EXT. PIER - DAY")])
    review = Review("2", "confirmed", heading="INT. BEDROOM - NIGHT", paragraph_id="gone")
    matched, left = match_reviews(revised, [review], {1: "k", 2: "pier"})
    assert matched == {} and left == [review]


def test_two_rows_never_claim_the_same_scene():
    a = Review("2", "confirmed", heading="INT. BEDROOM - NIGHT", row=2)
    b = Review("2B", "rejected", heading="INT. BEDROOM - NIGHT", row=3)
    matched, left = match_reviews(SCRIPT, [a, b], {})
    assert matched == {2: a} and left == [b]


def test_a_reopened_row_keeps_saying_the_text_changed_until_the_ic_decides():
    review = Review("2", "rejected", notes="n", evidence_digest="000000000000")
    (first,) = merge(SCRIPT, [kiss(2)], {"2": review}).entries
    (second,) = merge(SCRIPT, [kiss(2)], {"2": first.review}).entries
    assert follow_up(second) == "evidence_changed"
    (decided,) = merge(SCRIPT, [kiss(2)], {"2": replace(first.review, status="rejected")}).entries
    assert follow_up(decided) == "reviewed"
