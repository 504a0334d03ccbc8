"""USS parity rules: the corpus samples, and each rule broken on purpose."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from prodbridge.analysis.uss_parity import RULES, ParityProblem, check_parity

PRODUCTION = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "production"
SMALL = PRODUCTION / "uss-small-sample-wonderful-life.uss"


def _small() -> dict[str, Any]:
    return json.loads(SMALL.read_bytes())


@pytest.mark.parametrize(
    "name",
    ["uss-small-sample-wonderful-life.uss", "uss-large-sample-think-crew.uss", "uss-draft-0.9-sample.uss"],
)
def test_consistent_samples_break_no_rule(name: str):
    assert check_parity(json.loads((PRODUCTION / name).read_bytes())) == []


def test_the_full_sample_links_an_element_it_does_not_have():
    doc = json.loads((PRODUCTION / "uss-full-sample-wonderful-life.uss").read_bytes())
    assert check_parity(doc) == [ParityProblem("linked-element-missing", ("5d8f983d6922e70017a5416c",))]


def test_ids_inside_day_arrays_are_checked_one_by_one():
    doc = _small()  # First Pass holds one day array: valid, unlike the official validator's verdict
    assert check_parity(doc) == []
    doc["universalScheduleStandard"]["stripboards"][1]["boards"][0]["breakdownIds"][0].append("ghost")
    assert check_parity(doc) == [ParityProblem("board-strip-missing", ("ghost",))]


def test_each_rule_reports_the_offending_ids():
    doc = _small()
    body = doc["universalScheduleStandard"]
    body["breakdowns"][1]["elements"].append("nowhere")
    body["elements"][0]["category"] = "no-category"
    body["elements"][1]["linkedElements"] = ["lost"]
    body["elements"].append(dict(body["elements"][2]))  # a duplicate id
    body["stripboards"][0]["calendar"] = "no-calendar"
    body["calendars"][0]["events"] = [e for e in body["calendars"][0]["events"] if e["type"] != "start"]
    problems = check_parity(doc)
    assert [p.rule for p in problems] == [
        "duplicate-id",
        "breakdown-element-missing",
        "element-without-category",
        "linked-element-missing",
        "stripboard-calendar-missing",
        "calendar-without-start",
    ]
    assert [p.ids for p in problems] == [
        ("5d9fc8d0c0efae0017a32e39",),
        ("nowhere",),
        ("5d9fc8cfc0efae0017a32e31",),
        ("lost",),
        ("5cff4bcb10c4330017ab6afd",),
        ("5d01230c987033001725c908",),
    ]
    assert str(problems[1]) == (
        "breakdown-element-missing: 1 id(s) (nowhere); rule: " + RULES["breakdown-element-missing"]
    )


def test_category_element_lists_are_checked_when_present():
    doc = json.loads((PRODUCTION / "uss-draft-0.9-sample.uss").read_bytes())
    doc["universalScheduleStandard"]["categories"][0]["elements"].append("gone")
    assert check_parity(doc) == [ParityProblem("category-element-missing", ("gone",))]


def test_an_unwrapped_body_is_checked_the_same_way():
    body = _small()["universalScheduleStandard"]
    body["breakdowns"][1]["elements"].append("nowhere")
    assert check_parity(body) == [ParityProblem("breakdown-element-missing", ("nowhere",))]
