"""Sunrise and sunset computed offline from coordinates (NOAA solar calculator equations).

The equations are those of the NOAA Global Monitoring Laboratory solar calculator (after Meeus,
*Astronomical Algorithms*): solar declination and equation of time from the Julian century, then
the hour angle at which the sun's centre is 0.833° below the horizon (refraction plus the sun's
radius). Each event is computed twice, the second time at the first estimate's instant, which
keeps the error within about a minute at film-location latitudes. No network, no dependency.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

#: Zenith of the sun's centre at rise/set: 90° + 34' refraction + 16' semi-diameter.
ZENITH = 90.833


@dataclass(frozen=True, slots=True)
class SunTimes:
    """Sunrise and sunset on one day, as aware datetimes in the requested time zone.

    Both are ``None`` when the sun does not cross the horizon that day; ``polar`` then says
    ``"day"`` (it never sets) or ``"night"`` (it never rises), else it is ``None``.
    """

    sunrise: datetime | None
    sunset: datetime | None
    polar: str | None = None


def _julian_century(jd: float) -> float:
    return (jd - 2451545.0) / 36525.0


def _declination_and_eqtime(t: float) -> tuple[float, float]:
    """Solar declination (degrees) and equation of time (minutes) at Julian century ``t``."""
    l0 = (280.46646 + t * (36000.76983 + t * 0.0003032)) % 360.0
    m = 357.52911 + t * (35999.05029 - 0.0001537 * t)
    e = 0.016708634 - t * (0.000042037 + 0.0000001267 * t)
    mr = math.radians(m)
    c = (
        math.sin(mr) * (1.914602 - t * (0.004817 + 0.000014 * t))
        + math.sin(2 * mr) * (0.019993 - 0.000101 * t)
        + math.sin(3 * mr) * 0.000289
    )
    omega = math.radians(125.04 - 1934.136 * t)
    apparent_long = math.radians(l0 + c - 0.00569 - 0.00478 * math.sin(omega))
    seconds = 21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))
    mean_obliquity = 23.0 + (26.0 + seconds / 60.0) / 60.0
    obliquity = math.radians(mean_obliquity + 0.00256 * math.cos(omega))
    declination = math.degrees(math.asin(math.sin(obliquity) * math.sin(apparent_long)))
    y = math.tan(obliquity / 2.0) ** 2
    l0r = math.radians(l0)
    eqtime = 4.0 * math.degrees(
        y * math.sin(2 * l0r)
        - 2 * e * math.sin(mr)
        + 4 * e * y * math.sin(mr) * math.cos(2 * l0r)
        - 0.5 * y * y * math.sin(4 * l0r)
        - 1.25 * e * e * math.sin(2 * mr)
    )
    return declination, eqtime


def _event_minutes(day: date, latitude: float, longitude: float, rising: bool) -> float | str:
    """Minutes after 00:00 UTC of ``day`` for the event, or ``"day"``/``"night"`` (polar)."""
    jd0 = day.toordinal() + 1721424.5  # Julian day at 00:00 UTC
    minutes = 720.0 - 4.0 * longitude  # first guess: local solar noon
    for _ in range(2):
        declination, eqtime = _declination_and_eqtime(_julian_century(jd0 + minutes / 1440.0))
        lat, dec = math.radians(latitude), math.radians(declination)
        cos_ha = math.cos(math.radians(ZENITH)) / (math.cos(lat) * math.cos(dec)) - math.tan(lat) * math.tan(
            dec
        )
        if cos_ha > 1.0:
            return "night"
        if cos_ha < -1.0:
            return "day"
        hour_angle = math.degrees(math.acos(cos_ha))
        noon = 720.0 - 4.0 * longitude - eqtime
        minutes = noon - 4.0 * hour_angle if rising else noon + 4.0 * hour_angle
    return minutes


def sun_times(day: date, latitude: float, longitude: float, tz: tzinfo | None = None) -> SunTimes:
    """Sunrise and sunset at (``latitude``, ``longitude``) on the local ``day``.

    Longitude is positive east. ``tz`` is the location's time zone; ``None`` means UTC. The
    times are rounded to the minute, as a call sheet prints them.
    """
    zone = tz or UTC
    midnight = datetime(day.year, day.month, day.day, tzinfo=UTC)
    # Local solar noon of a local date always falls on the same UTC date (|longitude| <= 180),
    # so both events are counted from that UTC midnight; a sunset after local midnight (high
    # latitudes in summer) stays the sunset of ``day``.
    out: list[datetime | None] = []
    polar: str | None = None
    for rising in (True, False):
        result = _event_minutes(day, latitude, longitude, rising)
        if isinstance(result, str):
            polar = result
            out.append(None)
        else:
            out.append((midnight + timedelta(minutes=round(result))).astimezone(zone))
    return SunTimes(out[0], out[1], polar)
