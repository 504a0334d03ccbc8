"""Property of the schedule write-back on generated workbooks: plan edits only the schedule
sheet and the package plumbing that a new sheet needs; every other zip part keeps its bytes.

Workbooks are generated with XlsxWriter: the schedule sheet at a random position among other
sheets (text, numbers, formulas, comments, merged cells, validations, a chart), headers
picked from the synonyms, dated days, scene ids of a small script.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prodbridge.pipeline.plan import plan

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: The parts a new "Intimacy" sheet and the added columns legitimately touch (plus the sheet).
PLUMBING = {"[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/styles.xml"}

SCENES = ["12", "12A", "13", "15", "20", "23"]
SCRIPT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n'
    '<FinalDraft DocumentType="Script" Template="No" Version="5"><Content>'
    + "".join(
        f'<Paragraph Number="{n}" Type="Scene Heading"><Text>INT. CABIN - NIGHT</Text></Paragraph>'
        f'<Paragraph Type="Action"><Text>{line}</Text></Paragraph>'
        for n, line in zip(
            SCENES,
            [
                "Helen kisses Daniel.",
                "They undress in the dark.",
                "Rain on the roof.",
                "Anna kisses Leo on the harbour wall.",
                "The kettle boils.",
                "They make love.",
            ],
            strict=True,
        )
    )
    + "</Content></FinalDraft>\n"
).encode()

HEADERS = {
    "day": ["Day", "Shoot Day", "Day #"],
    "date": ["Date", "Shoot Date"],
    "scene": ["Sc.", "Scene", "Scene #"],
    "set": ["Set", "Set Name"],
    "cast": ["Cast", "Cast ID"],
}
cell_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=20)


@st.composite
def other_sheet(draw: st.DrawFn) -> list[tuple[int, int, object]]:
    cells = draw(
        st.lists(
            st.tuples(
                st.integers(0, 30),
                st.integers(0, 8),
                st.one_of(
                    cell_text, st.floats(allow_nan=False, allow_infinity=False, width=32), st.booleans()
                ),
            ),
            max_size=15,
            unique_by=lambda c: (c[0], c[1]),
        )
    )
    return cells


@st.composite
def workbooks(draw: st.DrawFn) -> tuple[bytes, int]:
    """XlsxWriter bytes and the 1-based position of the schedule sheet."""
    import xlsxwriter

    others = draw(st.lists(other_sheet(), max_size=3))
    position = draw(st.integers(0, len(others)))
    fields = draw(st.permutations(list(HEADERS)))
    headers = [draw(st.sampled_from(HEADERS[f])) for f in fields]
    days = draw(st.integers(1, 3))
    rows = draw(st.lists(st.sampled_from(SCENES), min_size=1, max_size=8, unique=True))
    header_row = draw(st.integers(0, 4))

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    book.set_properties({"created": datetime(2026, 2, 14, 9, 30)})
    dated = book.add_format({"num_format": "dd/mm/yyyy"})
    names = [f"Other {i}" for i in range(len(others))]
    names.insert(position, "Schedule")
    sheets = {name: book.add_worksheet(name) for name in names}
    schedule = sheets["Schedule"]
    if header_row:
        schedule.write_string(0, 0, draw(cell_text))
    schedule.write_row(header_row, 0, headers)
    for r, scene in enumerate(rows, start=header_row + 1):
        day = min(days, 1 + (r - header_row - 1) * days // len(rows))
        when = datetime(2026, 3, 2) + timedelta(days=day - 1)
        values = {"day": day, "date": when, "scene": scene, "set": "CABIN", "cast": "1, 2"}
        for c, field in enumerate(fields):
            value = values[field]
            if isinstance(value, datetime):
                schedule.write_datetime(r, c, value, dated)
            elif isinstance(value, int):
                schedule.write_number(r, c, value)
            else:
                schedule.write_string(r, c, value)
    for name, cells in zip([n for n in names if n != "Schedule"], others, strict=True):
        sheet = sheets[name]
        for r, c, value in cells:
            if isinstance(value, str):
                sheet.write_string(r, c, value)
            else:
                sheet.write(r, c, value)
        if draw(st.booleans()):
            sheet.write_formula(31, 0, "=SUM(A1:A30)", None, 0)
            sheet.write_comment(0, 0, draw(cell_text) or "note")
            sheet.merge_range(32, 0, 32, 3, "merged")
            sheet.data_validation(33, 0, 40, 0, {"validate": "list", "source": ["Prep", "Shot"]})
        if draw(st.booleans()):
            chart = book.add_chart({"type": "column"})
            chart.add_series({"values": [name, 0, 0, 5, 0]})
            sheet.insert_chart(2, 10, chart)
    if draw(st.booleans()):
        book.define_name("Scenes", f"=Schedule!$A${header_row + 2}:$A${header_row + 1 + len(rows)}")
    book.close()
    return buffer.getvalue(), position + 1


@SETTINGS
@given(workbooks())
def test_plan_keeps_every_part_it_does_not_need_to_touch_byte_for_byte(case):
    data, sheet_number = case
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "script.fdx").write_bytes(SCRIPT)
        (folder / "schedule.xlsx").write_bytes(data)
        result = plan(folder / "schedule.xlsx", folder / "script.fdx", folder / "plan.xlsx")
        assert result.output is not None
        written = (folder / "plan.xlsx").read_bytes()
    before = zipfile.ZipFile(io.BytesIO(data))
    after = zipfile.ZipFile(io.BytesIO(written))
    old, new = before.namelist(), after.namelist()
    assert new[: len(old)] == old  # nothing removed or reordered; new parts come after
    allowed = PLUMBING | {f"xl/worksheets/sheet{sheet_number}.xml"}
    changed = [name for name in old if before.read(name) != after.read(name)]
    assert set(changed) <= allowed, changed
    assert f"xl/worksheets/sheet{sheet_number}.xml" in changed  # the columns were added
