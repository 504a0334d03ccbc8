"""prodbridge.toml: defaults, relative paths, per-day calls, and errors that name key and line."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from prodbridge.config import load_config, parse_config
from prodbridge.errors import ConfigError

GOOD = """
[production]
title = "The Crossing"
language = "en"
start_date = "2026-03-02"

[files]
script = "scripts/the-crossing.fdx"
output = "out"

[calls]
crew_call = "07:00"
lunch = "13:00"

[[days]]
date = "2026-03-03"
crew_call = "14:00"

[intimacy_coordinator]
name = "Claire Dubois"
available = ["2026-03-02"]

[[locations]]
name = "Harbour flat"
sets = ["Anna's flat"]
latitude = 51.45
longitude = -2.597

[[cast]]
id = 1
character = "Anna"
actor = "Sophie Laurent"
age = 16

[[cast]]
id = 2
character = "MARC"
"""


def test_paths_are_relative_to_the_config_file(tmp_path):
    cfg = parse_config(GOOD, tmp_path / "prodbridge.toml")
    assert cfg.script == tmp_path / "scripts" / "the-crossing.fdx"
    assert cfg.output == tmp_path / "out"
    assert cfg.schedule is None


def test_day_overrides_fall_back_to_default_calls(tmp_path):
    cfg = parse_config(GOOD, tmp_path / "prodbridge.toml")
    assert cfg.calls_for(date(2026, 3, 3)).crew_call == time(14, 0)
    assert cfg.calls_for(date(2026, 3, 3)).lunch == time(13, 0)
    assert cfg.calls_for(date(2026, 3, 4)).crew_call == time(7, 0)


def test_minor_is_derived_from_age_and_names_are_upper_cased(tmp_path):
    cfg = parse_config(GOOD, tmp_path / "prodbridge.toml")
    assert [(c.character, c.minor) for c in cfg.cast] == [("ANNA", True), ("MARC", False)]


def test_sets_match_locations_case_insensitively(tmp_path):
    cfg = parse_config(GOOD, tmp_path / "prodbridge.toml")
    assert cfg.location_for("ANNA'S FLAT").name == "Harbour flat"
    assert cfg.location_for("KITCHEN") is None


def test_ic_availability_dates(tmp_path):
    assert parse_config(GOOD, tmp_path / "p.toml").ic_available == (date(2026, 3, 2),)


def test_an_empty_config_is_valid_with_defaults(tmp_path):
    cfg = parse_config("", tmp_path / "p.toml")
    assert (cfg.language, cfg.cast, cfg.pages_per_hour) == ("en", (), 0.5)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[production]\nlanguage = "de"\n', "line 2: production.language: must be 'en' or 'fr', not 'de'"),
        ('[production]\nstart_date = "March 2"\n', "line 2: production.start_date: must be a date like 2026-03-02"),
        ('[calls]\ncrew_call = "seven"\n', "line 2: calls.crew_call: must be a time like 07:30"),
        ('[[cast]]\nactor = "X"\n', "cast[1].character: is required for every cast entry"),
        ('[[locations]]\nname = "A"\nlatitude = 123.0\n', "line 3: locations[1].latitude: must be between -90 and 90"),
        ("[production\n", "invalid TOML"),
    ],
)
def test_errors_name_the_key_and_the_line(tmp_path, text, message):
    with pytest.raises(ConfigError) as err:
        parse_config(text, tmp_path / "prodbridge.toml")
    assert message in str(err.value)
    assert str(err.value).startswith(str(tmp_path / "prodbridge.toml"))


def test_missing_config_file_is_a_usage_error(tmp_path):
    with pytest.raises(ConfigError, match="config file not found") as err:
        load_config(tmp_path / "nope.toml")
    assert err.value.exit_code == 2


def test_bundled_fixture_config_loads():
    cfg = load_config(Path(__file__).parent.parent / "fixtures" / "prodbridge.toml")
    assert cfg.title and cfg.cast and cfg.intimacy_coordinator.name


def test_sets_match_whatever_apostrophe_or_accents_were_typed(tmp_path):
    cfg = parse_config(GOOD, tmp_path / "prodbridge.toml")
    assert cfg.location_for("ANNA’S FLAT").name == "Harbour flat"
    assert cfg.location_for("anna's  flat").name == "Harbour flat"


def test_named_annex_recipients_are_read_and_checked(tmp_path):
    text = '[[annex.recipients]]\nrole = "Head of costume"\nname = "Ines Marsh"\n'
    cfg = parse_config(text, tmp_path / "p.toml")
    assert [(p.role, p.name) for p in cfg.annex_recipients] == [("Head of costume", "Ines Marsh")]
    with pytest.raises(ConfigError, match=r"annex.recipients\[1\].name: must be text"):
        parse_config('[[annex.recipients]]\nname = 3\n', tmp_path / "p.toml")


def test_day_instructions_and_cast_times_are_read_and_named_in_errors(tmp_path):
    text = (
        '[instructions]\ncamera = "B camera from 14:00"\n'
        '[[days]]\ndate = "2026-03-03"\ninstructions = { art = "Dressing from 13:00" }\n'
        '[days.cast.HELEN]\npickup = "13:15"\non_set = "15:00"\n'
    )
    cfg = parse_config(text, tmp_path / "p.toml")
    day = cfg.calls_for(date(2026, 3, 3))
    assert cfg.instructions == {"camera": "B camera from 14:00"}
    assert day.instructions == {"art": "Dressing from 13:00"}
    assert (day.cast["HELEN"].pickup, day.cast["HELEN"].on_set) == ("13:15", "15:00")
    with pytest.raises(ConfigError, match=r"days\[1\].cast.HELEN: unknown field\(s\) pick_up"):
        parse_config('[[days]]\ndate = "2026-03-03"\n[days.cast.HELEN]\npick_up = "13:15"\n', tmp_path / "p.toml")
