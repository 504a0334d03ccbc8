"""Deterministic inputs for benchmarks and tests: a feature-length FDX, its stripboard, a config.

``generate(n)`` writes a Final Draft script of n numbered scenes (~2 KB each); ``schedule(n)``
the XlsxWriter stripboard that shoots the same scenes over dated days; ``stripboard(rows)`` the
same for any scene list (the benchmark feeds it the corpus script's scenes); ``config_toml``
a minimal prodbridge.toml naming the three files. Same arguments, same bytes.
"""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from xml.sax.saxutils import escape

SETS = ["ANNA'S FLAT - BEDROOM", "HARBOUR", "POLICE STATION", "MARC'S CAR", "BEACH", "KITCHEN"]
TIMES = ["DAY", "NIGHT", "DUSK", "CONTINUOUS", "LATER"]
CAST = ["ANNA", "MARC", "JULES", "PRIYA", "TOM"]
ACTION = [
    "Rain streaks the windows. {a} stares at the harbour lights.",
    "{a} kisses {b} slowly. The door closes behind them.",
    "{a} hands {b} a folded map without a word.",
    "{a} undresses and slips under the sheets.",
    "The kettle screams. {a} ignores it, reading the letter again.",
    "{a} and {b} argue in whispers while the radio plays.",
]
LINES = ["We can't keep doing this.", "Tell me the truth.", "Not tonight.", "Where were you?"]
#: First shooting day of every generated schedule (a Monday).
START = date(2026, 3, 2)


@dataclass(frozen=True, slots=True)
class Strip:
    """One scene as a stripboard row: id, INT/EXT, set, time of day, eighths, cast names."""

    scene: str
    int_ext: str
    set: str
    time_of_day: str
    eighths: int
    cast: tuple[str, ...]


def _scenes(scenes: int, seed: int) -> list[tuple[Strip, list[tuple[str, str, str]]]]:
    """Each scene's strip and its (action, cue, line) beats, drawn from one seeded generator."""
    rng = random.Random(seed)
    out = []
    for number in range(1, scenes + 1):
        int_ext = rng.choice(["INT", "EXT"])
        set_name, time_of_day = rng.choice(SETS), rng.choice(TIMES)
        eighths = max(1, rng.randint(1, 12) // 8 * 8 + rng.randint(1, 7))
        beats = []
        for _ in range(rng.randint(3, 6)):
            a, b = rng.sample(CAST, 2)
            beats.append((rng.choice(ACTION).format(a=a.title(), b=b.title()), a, rng.choice(LINES)))
        cast = tuple(sorted({cue for _, cue, _ in beats}))
        out.append((Strip(str(number), int_ext, set_name, time_of_day, eighths, cast), beats))
    return out


def _length(eighths: int) -> str:
    whole, rest = divmod(eighths, 8)
    if not rest:
        return str(whole)
    return f"{whole} {rest}/8" if whole else f"{rest}/8"


def generate(scenes: int = 400, seed: int = 7) -> bytes:
    """A Final Draft 12 style script with ``scenes`` numbered scenes (same bytes for a seed)."""
    out = [
        '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n',
        '<FinalDraft DocumentType="Script" Template="No" Version="5">\n\n  <Content>\n',
    ]
    for strip, beats in _scenes(scenes, seed):
        number = int(strip.scene)
        heading = f"{strip.int_ext}. {strip.set} - {strip.time_of_day}"
        out.append(
            f'    <Paragraph Number="{number}" Type="Scene Heading">\n'
            f'      <SceneProperties Length="{_length(strip.eighths)}" Page="{number // 2 + 1}" Title=""/>\n'
            f"      <Text>{escape(heading)}</Text>\n    </Paragraph>\n"
        )
        for action, cue, line in beats:
            for kind, text in (("Action", action), ("Character", cue), ("Dialogue", line)):
                body = f"      <Text>{escape(text)}</Text>\n"
                out.append(f'    <Paragraph Type="{kind}">\n{body}    </Paragraph>\n')
    out.append("  </Content>\n</FinalDraft>\n")
    return "".join(out).encode("utf-8")


def shooting_dates(days: int, start: date = START) -> list[date]:
    """``days`` working days from ``start``, weekends skipped (a five-day shooting week)."""
    out, when = [], start
    while len(out) < days:
        if when.weekday() < 5:
            out.append(when)
        when += timedelta(days=1)
    return out


def stripboard(strips: Sequence[Strip], days: int = 20, start: date = START) -> bytes:
    """An .xlsx one-line schedule: Day, Date (a real Excel date), Scene, I/E, Set, D/N, Pages,
    Cast; the strips in script order, spread evenly over ``days`` dated shooting days."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    book.set_properties({"created": datetime(2026, 2, 14, 9, 30), "author": "prodbridge benchmark"})
    sheet = book.add_worksheet("Schedule")
    head = book.add_format({"bold": True, "border": 1})
    dated = book.add_format({"num_format": "dd/mm/yyyy", "border": 1})
    cell = book.add_format({"border": 1})
    sheet.write_string(0, 0, "BENCHMARK FEATURE - one-line schedule", head)
    headers = ["Day", "Date", "Scene", "I/E", "Set", "D/N", "Pages", "Cast"]
    sheet.write_row(2, 0, headers, head)
    dates = shooting_dates(max(1, min(days, len(strips))), start)
    per_day = -(-len(strips) // len(dates))
    for index, strip in enumerate(strips):
        row, number = 3 + index, index // per_day + 1
        when = dates[number - 1]
        sheet.write_number(row, 0, number, cell)
        sheet.write_datetime(row, 1, datetime(when.year, when.month, when.day), dated)
        for col, value in enumerate(
            [strip.scene, strip.int_ext, strip.set, strip.time_of_day, _length(strip.eighths)], start=2
        ):
            sheet.write_string(row, col, value, cell)
        sheet.write_string(row, 7, ", ".join(strip.cast), cell)
    book.close()
    return buffer.getvalue()


def schedule(scenes: int = 400, days: int = 40, seed: int = 7) -> bytes:
    """The stripboard shooting every scene of ``generate(scenes, seed)`` over ``days`` days."""
    return stripboard([strip for strip, _ in _scenes(scenes, seed)], days)


def config_toml(title: str, script: str, schedule_name: str, lang: str = "en", days: int = 40) -> str:
    """A minimal prodbridge.toml: title, language, start date and the two input files."""
    return (
        f'[production]\ntitle = "{title}"\nlanguage = "{lang}"\n'
        f'start_date = "{START.isoformat()}"\ntotal_days = {days}\n\n'
        f'[files]\nscript = "{script}"\nschedule = "{schedule_name}"\n\n'
        '[calls]\ncrew_call = "07:00"\nshooting_call = "08:00"\n\n'
        '[intimacy_coordinator]\nname = "Claire Dubois"\n'
        f'available = ["{START.isoformat()}"]\n'
    )


if __name__ == "__main__":
    import sys

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    if len(sys.argv) > 2 and sys.argv[2] == "--schedule":
        sys.stdout.buffer.write(schedule(count))
    else:
        sys.stdout.buffer.write(generate(count))
