"""The plan job's glue: label language, ids shown, output kinds, the rules' view of the config."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from prodbridge.config import load_config
from prodbridge.errors import UsageError
from prodbridge.model import Scene, Schedule, ScheduleRow, Script
from prodbridge.pipeline.common import load_script
from prodbridge.pipeline.plan import _check_output, policy_from, scene_ids
from tests.conftest import FIXTURES


def test_the_config_gives_the_rules_its_ic_dates_minors_cast_ids_and_calls():
    cfg = load_config(FIXTURES / "prodbridge.toml")
    policy = policy_from(cfg, "en", datetime(2026, 2, 20))
    assert policy.ic_dates == frozenset(
        {date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4), date(2026, 3, 9), date(2026, 3, 11)}
    )
    assert policy.minors == frozenset({"ANNA", "LEO"})
    assert policy.cast_ids["3"] == "ANNA"
    assert policy.crew_call == time(7, 0)
    assert policy.day_calls[date(2026, 3, 3)] == time(15, 0)
    assert policy.ic_name == "Claire Dubois"


def test_minors_introduced_with_an_age_in_the_script_count_without_a_config():
    script = load_script(FIXTURES / "scripts" / "the-crossing.fdx").script
    assert policy_from(None, "en", None, script).minors == frozenset({"ANNA", "LEO FINCH"})


def test_the_ids_shown_are_the_scripts_when_it_has_the_scene():
    scene = Scene(
        15,
        "14 BIS",
        "14 BIS",
        "SÉQ. 14 BIS - INT. ENTRÉE - SUITE",
        "INT",
        "ENTRÉE",
        None,
        "SUITE",
        2,
        "estimate",
        None,
        (0, 0),
    )
    rows = (ScheduleRow(6, "14bis", "14BIS", 1), ScheduleRow(7, "99", "99", 1))
    schedule = Schedule("csv", rows, ())
    assert scene_ids(schedule, Script("fdx", None, "fr", (), (scene,))) == {"14BIS": "14 BIS", "99": "99"}


@pytest.mark.parametrize(
    ("name", "fmt", "ok"),
    [
        ("plan.xlsx", "xlsx", True),
        ("plan.XLSX", "xlsx", True),
        ("plan.xlsm", "xlsx", False),
        ("plan.xlsm", "xlsm", True),
        ("plan.xlsx", "xlsm", False),
        ("plan.csv", "csv", True),
        ("plan.xlsx", "csv", True),
        ("plan.xlsx", "ods", True),
        ("plan.ods", "ods", False),
        ("plan", "xlsx", False),
    ],
)
def test_each_schedule_format_has_its_output_kinds(tmp_path, name, fmt, ok):
    if ok:
        _check_output(tmp_path / name, fmt)
    else:
        with pytest.raises(UsageError):
            _check_output(tmp_path / name, fmt)
