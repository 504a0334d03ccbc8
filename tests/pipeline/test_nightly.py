"""Nightly rules: which day is tomorrow, the deadline clock, stale files, config requirements."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from prodbridge.config import Config, load_config
from prodbridge.errors import ConfigError
from prodbridge.pipeline.nightly import _remove_stale, deadline_clock, nightly, tomorrow
from tests.ops_fixtures import FIXTURES


def test_tomorrow_is_the_day_after_today() -> None:
    assert tomorrow(Config(), date(2026, 3, 2)) == date(2026, 3, 3)
    assert tomorrow(Config(), date(2026, 12, 31)) == date(2027, 1, 1)


def test_tomorrow_follows_the_production_time_zone() -> None:
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    zone = ZoneInfo("Pacific/Kiritimati")  # UTC+14: a day ahead of most of the world
    before = datetime.now(zone).date() + timedelta(days=1)
    got = tomorrow(Config(timezone="Pacific/Kiritimati"))
    after = datetime.now(zone).date() + timedelta(days=1)
    assert got in {before, after}  # two values only if midnight passed during the call


def test_an_unknown_time_zone_is_a_config_error_naming_the_key() -> None:
    with pytest.raises(ConfigError, match=r"production\.timezone: unknown time zone 'Mars/Olympus'"):
        tomorrow(Config(timezone="Mars/Olympus"))


def test_deadlines_are_judged_at_midnight_the_day_before() -> None:
    assert deadline_clock(date(2026, 3, 3)) == datetime(2026, 3, 2, 0, 0)


def test_default_date_is_tomorrow(tmp_path: Path) -> None:
    for name in ("prodbridge.toml", "scripts/the-crossing.fdx", "schedules/the-crossing-stripboard.xlsx"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(FIXTURES / name, tmp_path / name)
    result = nightly(tmp_path / "prodbridge.toml", today=date(2026, 3, 6), out=tmp_path / "o")
    assert (result.date, result.status, result.day) == (date(2026, 3, 7), "no-shooting", None)


def test_nightly_needs_script_and_schedule_in_the_config(tmp_path: Path) -> None:
    config = tmp_path / "prodbridge.toml"
    config.write_text('[production]\ntitle = "x"\n[files]\nscript = "s.fdx"\n', encoding="utf-8")
    load_config(config)
    with pytest.raises(ConfigError, match=r"files\.schedule: nightly needs it"):
        nightly(config, when=date(2026, 3, 3))


def test_stale_files_are_only_removed_inside_the_dated_folder(tmp_path: Path) -> None:
    folder = tmp_path / "2026-03-03"
    (folder / "performers").mkdir(parents=True)
    outside = tmp_path / "keep.docx"
    outside.write_bytes(b"x")
    (folder / "performers" / "old.docx").write_bytes(b"x")
    (folder / "callsheet.docx").write_bytes(b"x")
    removed = _remove_stale(
        folder,
        ["../keep.docx", str(outside), "performers/old.docx", "callsheet.docx", "report.json"],
        [folder / "callsheet.docx"],
    )
    assert removed == [folder / "performers" / "old.docx"]
    assert outside.exists() and (folder / "callsheet.docx").exists()
    assert not (folder / "performers").exists()  # emptied, so removed


def test_an_output_folder_that_cannot_be_created_is_one_clear_error(tmp_path: Path) -> None:
    from prodbridge.errors import OutputError

    for name in ("prodbridge.toml", "scripts/the-crossing.fdx", "schedules/the-crossing-stripboard.xlsx"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(FIXTURES / name, tmp_path / name)
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    with pytest.raises(OutputError, match="cannot take the lock") as caught:
        nightly(tmp_path / "prodbridge.toml", when=date(2026, 3, 3), out=blocker / "out")
    assert caught.value.exit_code == 1
