"""Sunrise/sunset from the NOAA equations, checked against published values."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from prodbridge.analysis.sun import sun_times


def minutes_apart(a: datetime | None, b: datetime) -> float:
    assert a is not None
    return abs((a - b).total_seconds()) / 60


def test_london_summer_solstice_matches_the_published_times() -> None:
    # timeanddate.com, London, 21 June 2021: sunrise 04:43, sunset 21:21 (BST).
    london = ZoneInfo("Europe/London")
    sun = sun_times(date(2021, 6, 21), 51.5074, -0.1278, london)
    assert minutes_apart(sun.sunrise, datetime(2021, 6, 21, 4, 43, tzinfo=london)) <= 1
    assert minutes_apart(sun.sunset, datetime(2021, 6, 21, 21, 21, tzinfo=london)) <= 1
    assert sun.polar is None


def test_reykjavik_midsummer_sunset_falls_after_local_midnight() -> None:
    # timeanddate.com, Reykjavik, 21 June: sunrise 02:55, sunset 00:03/00:04 the next day.
    zone = ZoneInfo("Atlantic/Reykjavik")
    sun = sun_times(date(2026, 6, 21), 64.1466, -21.9426, zone)
    assert minutes_apart(sun.sunrise, datetime(2026, 6, 21, 2, 55, tzinfo=zone)) <= 2
    assert minutes_apart(sun.sunset, datetime(2026, 6, 22, 0, 4, tzinfo=zone)) <= 2


def test_times_are_rounded_to_the_minute_in_the_requested_zone() -> None:
    paris = ZoneInfo("Europe/Paris")
    sun = sun_times(date(2026, 3, 2), 48.8566, 2.3522, paris)
    assert sun.sunrise is not None and sun.sunset is not None
    assert (sun.sunrise.second, sun.sunrise.microsecond, sun.sunset.second) == (0, 0, 0)
    assert sun.sunrise.tzinfo is paris
    assert sun.sunrise.strftime("%H:%M") == "07:31"
    assert sun.sunset.strftime("%H:%M") == "18:35"


def test_no_zone_means_utc() -> None:
    sun = sun_times(date(2021, 6, 21), 51.5074, -0.1278)
    assert sun.sunrise is not None and sun.sunrise.tzinfo is UTC
    assert sun.sunrise.strftime("%H:%M") == "03:43"


def test_southern_summer_days_are_longer_than_winter_days() -> None:
    sydney = ZoneInfo("Australia/Sydney")
    january = sun_times(date(2026, 1, 15), -33.8688, 151.2093, sydney)
    july = sun_times(date(2026, 7, 15), -33.8688, 151.2093, sydney)
    assert january.sunrise and january.sunset and july.sunrise and july.sunset
    assert january.sunset - january.sunrise > july.sunset - july.sunrise


def test_polar_day_and_polar_night_have_no_times() -> None:
    oslo = ZoneInfo("Europe/Oslo")
    midsummer = sun_times(date(2026, 6, 21), 69.6492, 18.9553, oslo)
    midwinter = sun_times(date(2026, 12, 21), 69.6492, 18.9553, oslo)
    assert (midsummer.sunrise, midsummer.sunset, midsummer.polar) == (None, None, "day")
    assert (midwinter.sunrise, midwinter.sunset, midwinter.polar) == (None, None, "night")
