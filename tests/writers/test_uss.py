"""USS writer: originals kept object for object and byte for byte, schema and parity valid,
deterministic and idempotent, public-level content only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from prodbridge.analysis.uss_parity import check_parity
from prodbridge.errors import InputError
from prodbridge.model import Breakdown, BreakdownEntry, Evidence, Finding, Review
from prodbridge.options import ReadOptions, WriteOptions
from prodbridge.readers.uss import read, vocabulary
from prodbridge.writers.uss import JsonStyle, detect_style, dump, element_ids, write

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = ROOT.parent / "shared" / "corpus" / "production"
CROSSING = ROOT / "fixtures" / "schedules" / "the-crossing.uss"
SCHEMA = jsonschema.Draft202012Validator(json.loads((PRODUCTION / "uss-schema-1.0.0.json").read_bytes()))
SAMPLES = {
    "small": PRODUCTION / "uss-small-sample-wonderful-life.uss",
    "full": PRODUCTION / "uss-full-sample-wonderful-life.uss",
    "large": PRODUCTION / "uss-large-sample-think-crew.uss",
    "draft": PRODUCTION / "uss-draft-0.9-sample.uss",
    "crossing": CROSSING,
}
#: Schema-valid inputs: their output must validate too.
VALID = ("small", "large", "crossing")
#: Findings by file: script scene ids (the small samples' "89PT1" is scene 89 of the script).
# fmt: off
FINDINGS: dict[str, dict[str, list[str]]] = {
    "small": {"89": ["KIS", "NUD-P"]},
    "draft": {"89": ["SEX-S"]},
    "full": {"1": ["TEN"], "6": ["KIS"], "29": ["UND", "KIS"]},
    "large": {"6": ["KIS"], "44": ["NUD-F", "GRP"], "120": ["SXV"]},
    "crossing": {
        "7": ["NUD-P", "UND"], "12": ["KIS", "UND"], "12A": ["NUD-P", "SEX-S"], "13": ["KIS"],
        "16": ["EXP", "NUD-P"], "23": ["SEX-S", "NUD-P", "UND"], "25": ["PERF", "NUD-P"],
    },
}
# fmt: on


def _body(data: bytes) -> dict[str, Any]:
    return json.loads(data)["universalScheduleStandard"]


def _ours(body: dict[str, Any]) -> set[str]:
    return set(element_ids(body).values())


def _strip_additions(body: dict[str, Any]) -> dict[str, Any]:
    """The document minus everything prodbridge adds."""
    ours = _ours(body)
    out = dict(body)
    out["categories"] = [c for c in body["categories"] if c["id"] not in ours]
    out["elements"] = [e for e in body["elements"] if e["id"] not in ours]
    out["breakdowns"] = [
        dict(b, elements=[x for x in b["elements"] if x not in ours]) for b in body["breakdowns"]
    ]
    return out


def _written(name: str, **kwargs: Any) -> tuple[bytes, bytes]:
    original = SAMPLES[name].read_bytes()
    return original, write(original, None, FINDINGS[name], WriteOptions(), "Sam Rivers", **kwargs)


def _schema_errors(data: bytes) -> list[tuple[str, str]]:
    return sorted(
        (json.dumps(list(e.absolute_path)), e.message) for e in SCHEMA.iter_errors(json.loads(data))
    )


# --- every file ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(SAMPLES))
def test_every_original_object_is_kept_in_order(name: str):
    original, written = _written(name)
    before, after = _body(original), _body(written)
    assert json.dumps(_strip_additions(after)) == json.dumps(before)  # order-sensitive deep compare
    assert len(after["categories"]) == len(before["categories"]) + 1
    assert len(after["elements"]) > len(before["elements"])


@pytest.mark.parametrize("name", list(SAMPLES))
def test_removing_the_findings_gives_back_the_original_bytes(name: str):
    original, written = _written(name)
    assert written != original
    assert write(written, None, None) == original
    assert write(written, None, {}) == original


@pytest.mark.parametrize("name", list(SAMPLES))
def test_rerunning_on_the_output_changes_nothing(name: str):
    _, written = _written(name)
    assert _written(name)[1] == written  # deterministic
    assert write(written, None, FINDINGS[name], WriteOptions(), "Sam Rivers") == written


@pytest.mark.parametrize("name", VALID)
def test_output_of_a_valid_file_validates_against_the_schema(name: str):
    original, written = _written(name)
    assert _schema_errors(original) == []
    assert _schema_errors(written) == []


def test_output_of_the_full_sample_adds_no_schema_error():
    original, written = _written("full")
    assert len(_schema_errors(original)) == 668
    assert _schema_errors(written) == _schema_errors(original)


def test_draft_09_output_follows_the_draft_dialect():
    original, written = _written("draft")
    body = _body(written)
    category = body["categories"][-1]
    assert category["catId"] == 500 and "ucid" not in category  # as the draft's own categories
    assert category["elements"] == [e["id"] for e in body["elements"] if e["id"] in _ours(body)]
    errors = sorted(set(_schema_errors(written)) - set(_schema_errors(original)))
    assert errors == [
        ('["universalScheduleStandard", "categories", 5]', "'ucid' is a required property"),
        (
            '["universalScheduleStandard", "categories", 5]',
            "Additional properties are not allowed ('catId', 'elements' were unexpected)",
        ),
    ]  # the same two errors every category of the draft has; the new elements have none


@pytest.mark.parametrize("name", list(SAMPLES))
def test_output_keeps_parity(name: str):
    original, written = _written(name)
    assert check_parity(json.loads(written)) == check_parity(json.loads(original))
    if name != "full":  # the full sample links to an element it does not have
        assert check_parity(json.loads(written)) == []


@pytest.mark.parametrize("name", list(SAMPLES))
def test_the_schedule_read_back_is_unchanged(name: str):
    original, written = _written(name)
    assert read(written, ReadOptions(name=name)) == read(original, ReadOptions(name=name))


# --- what is added, and where --------------------------------------------------------------------


def test_the_crossing_links_codes_coordinator_and_closed_set_to_their_scenes():
    _, written = _written("crossing")
    body = _body(written)
    ids = element_ids(body)
    names = {e["id"]: e["name"] for e in body["elements"]}
    links = {
        b["scene"]: [names[x] for x in b["elements"] if x in _ours(body)]
        for b in body["breakdowns"]
        if b["scene"]
    }
    coordinator = "Intimacy coordinator: Sam Rivers"
    assert {scene: linked for scene, linked in links.items() if linked} == {
        "7": ["Intimacy NUD-P", "Intimacy UND", coordinator, "CLOSED SET"],
        "12": ["Intimacy KIS", "Intimacy UND", coordinator, "CLOSED SET"],
        "12A": ["Intimacy NUD-P", "Intimacy SEX-S", coordinator, "CLOSED SET"],
        "13": ["Intimacy KIS", coordinator],  # a kiss alone: IC, no closed set
        "16": ["Intimacy NUD-P", "Intimacy EXP", coordinator, "CLOSED SET"],
        "23": ["Intimacy NUD-P", "Intimacy UND", "Intimacy SEX-S", coordinator, "CLOSED SET"],
        "25": ["Intimacy NUD-P", "Intimacy PERF", coordinator, "CLOSED SET"],
    }
    category = body["categories"][-1]
    assert category == {"id": ids["category"], "ucid": 500, "created": body["created"], "name": "Intimacy"}
    added = [e for e in body["elements"] if e["id"] in _ours(body)]
    assert [e["name"] for e in added] == [
        "Intimacy KIS", "Intimacy NUD-P", "Intimacy UND", "Intimacy SEX-S", "Intimacy EXP",
        "Intimacy PERF", coordinator, "CLOSED SET",
    ]  # fmt: skip
    assert all(e["category"] == ids["category"] for e in added)
    assert [e["linkedElements"] for e in added[:6]] == [[ids["coordinator"]]] * 6
    assert [e["isDood"] for e in added] == [False] * 6 + [True, False]


def test_ids_are_24_hex_digits_derived_from_the_schedule_id():
    body = _body(CROSSING.read_bytes())
    ids = element_ids(body)
    assert len(set(ids.values())) == len(ids) == 17  # 14 codes, coordinator, closed set, category
    assert all(len(i) == 24 and int(i, 16) >= 0 for i in ids.values())
    assert element_ids(body) == ids
    assert element_ids(dict(body, id="another schedule")) != ids
    existing = {x["id"] for key in ("breakdowns", "categories", "elements") for x in body[key]}
    assert not existing & set(ids.values())


def test_labels_come_from_the_data_file_in_the_chosen_language():
    original = CROSSING.read_bytes()
    written = write(original, None, {"12": ["KIS", "NUD-P"]}, WriteOptions(lang="fr"), None)
    labels = vocabulary()["write"]["fr"]
    names = [e["name"] for e in _body(written)["elements"] if e["id"] in _ours(_body(written))]
    assert names == ["Intimité KIS", "Intimité NUD-P", labels["coordinator"], "PLATEAU FERMÉ"]
    assert _body(written)["categories"][-1]["name"] == "Intimité"
    assert "PLATEAU FERMÉ".encode() in written  # the fixture is UTF-8 without escapes


def test_a_taken_custom_id_moves_the_category_to_the_next_free_one():
    body = _body(CROSSING.read_bytes())
    body["categories"] += [
        {"id": "c500", "ucid": 500, "created": body["created"], "name": "Stand-ins"},
        {"id": "c501", "ucid": 501, "created": body["created"], "name": "Drones"},
    ]
    original = json.dumps({"universalScheduleStandard": body}, indent=2, ensure_ascii=False).encode()
    written = write(original, None, {"13": ["KIS"]}, None, None)
    assert _body(written)["categories"][-1]["ucid"] == 502
    assert write(written, None, {"13": ["KIS"]}, None, None) == written


def test_only_public_level_facts_reach_the_file():
    finding = Finding(
        scene=13,
        codes=("NUD-P", "KIS"),
        confidence=0.9,
        characters=("HELEN", "DANIEL"),
        evidence=(Evidence(100, "NUD-P", "bare back", "her bare back and shoulders to us"),),
        questions=("'they make love': what is shown?",),
    )
    review = Review("12A", status="confirmed", nudity={"HELEN": "partial, rear"}, rider_status="signed",
                    garments="modesty patch", notes="closed rehearsal first")  # fmt: skip
    breakdown = Breakdown((BreakdownEntry("12A", finding, review),))
    written = write(CROSSING.read_bytes(), None, breakdown, None, "Sam Rivers")
    added = written.decode()
    for private in ("bare back", "make love", "partial, rear", "signed", "modesty", "rehearsal first"):
        assert private not in added
    assert "Intimacy NUD-P" in added and "CLOSED SET" in added


def test_rejected_entries_and_an_ic_saying_no_closed_set_are_respected():
    def entry(scene: str, codes: tuple[str, ...], **review: Any) -> BreakdownEntry:
        return BreakdownEntry(scene, Finding(0, codes, 0.9, (), ()), Review(scene, **review))

    breakdown = Breakdown(
        (
            entry("12", ("KIS", "UND"), status="rejected"),
            entry("23", ("SEX-S",), status="confirmed", closed_set="no, open set agreed"),
            entry("16", ("EXP",), status="proposed"),  # still to review: kept visible
        )
    )
    body = _body(write(CROSSING.read_bytes(), None, breakdown, None, None))
    names = {e["id"]: e["name"] for e in body["elements"]}
    links = {
        b["scene"]: [names[x] for x in b["elements"] if x in _ours(body)]
        for b in body["breakdowns"]
        if b["scene"]
    }
    assert links["12"] == []
    assert links["23"] == ["Intimacy SEX-S", "Intimacy coordinator"]
    assert links["16"] == ["Intimacy EXP", "Intimacy coordinator", "CLOSED SET"]


def test_a_board_part_matches_its_script_scene():
    body = _body(_written("small")[1])
    (scene,) = [b for b in body["breakdowns"] if b["scene"] == "89PT1"]
    assert len(scene["elements"]) == 6 + 4  # KIS, NUD-P, coordinator, closed set


def test_a_rerun_with_new_findings_refreshes_links_instead_of_piling_up():
    original = CROSSING.read_bytes()
    first = write(original, None, {"12": ["KIS"], "13": ["KIS"]}, None, "Sam Rivers")
    second = write(first, None, {"13": ["KIS"]}, None, "Alex Moreau")
    assert second == write(original, None, {"13": ["KIS"]}, None, "Alex Moreau")
    body = _body(second)
    assert sum(1 for e in body["elements"] if e["id"] in _ours(body)) == 2
    assert "Intimacy coordinator: Alex Moreau" in second.decode()
    assert "Sam Rivers" not in second.decode()


def test_scenes_absent_from_the_file_add_nothing():
    original = CROSSING.read_bytes()
    assert write(original, None, {"99": ["KIS"]}, None, "Sam Rivers") == original


def test_a_file_that_is_not_uss_is_refused():
    with pytest.raises(InputError, match="not a Universal Schedule Standard file"):
        write(b'{"rows": []}', None, {"1": ["KIS"]}, None, None)


# --- layout ------------------------------------------------------------------------------------------


def test_untouched_text_of_a_hand_written_file_stays_byte_for_byte():
    original, written = _written("full")
    text, out = original.decode(), written.decode()
    # Hand-made quirks outside the edits survive: blank line, " : " separators, trailing spaces.
    assert out.startswith(text[: text.index('"breakdowns"')])
    assert '"ussVersion": "1.0.0",\n\n    "breakdowns"' in out
    assert text.count('"id" : ') == out.count('"id" : ')
    assert text.count(", \n") == out.count(", \n")
    # A breakdown's one-line list grows on its line, with the file's own "," separator.
    (scene,) = [line for line in out.splitlines() if "5e2dd860fb4b2900171967fc" in line and '"id"' in line]
    elements_line = out.splitlines()[out.splitlines().index(scene) + 10]
    listed = elements_line.split(": ", 1)[1]
    assert listed.startswith('["5e2dd85ffb4b290017196791","') and ", " not in listed
    assert json.loads(listed)[-2:] == [element_ids(_body(written))[r] for r in ("code/TEN", "coordinator")]


def test_new_objects_follow_the_file_indentation():
    written = _written("crossing")[1].decode()
    assert '\n            {\n                "id": "' in written  # 4-space unit, as the fixture
    assert '"linkedElements": ["' in written  # one-line arrays with ", " as the fixture


def test_crlf_line_ends_and_a_bom_survive():
    original = b"\xef\xbb\xbf" + CROSSING.read_bytes().replace(b"\n", b"\r\n")
    written = write(original, None, {"13": ["KIS"]}, None, None)
    assert written.startswith(b"\xef\xbb\xbf{\r\n")
    assert b"\n" not in written.replace(b"\r\n", b"")
    assert write(written, None, None) == original


@pytest.mark.parametrize("name", ["large", "crossing"])
def test_detected_style_reproduces_regular_files(name: str):
    original = SAMPLES[name].read_bytes()
    assert dump(json.loads(original), detect_style(original)) == original


def test_detect_style_reads_indent_separators_and_escaping():
    style = detect_style(b'{\n\t"a" : ["x", "y"],\n\t"b": "\\u00e9"\n}\n')
    assert style == JsonStyle(
        indent="\t", key_sep=" : ", item_sep=", ", inline_arrays=True, ensure_ascii=True,
        newline="\n", final_newline=True, bom=False,
    )  # fmt: skip
    assert detect_style(b'{"a":[1,2]}').indent is None
    assert (
        dump({"a": [1, 2], "b": {"c": None}}, detect_style(b'{"a":[1,2]}')) == b'{"a":[1,2],"b":{"c":null}}'
    )
