"""Hostile workbooks and Word files given to plan, callsheet and annex: damaged, truncated,
encrypted, disguised and zip-bomb packages. Each is refused with exit 3 and one stderr line
naming the file, quickly and within a memory bound, and nothing is written."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile import inputs
from tests.hostile.runner import assert_refused, invoke, listing, measured

CROSSING = str(inputs.CROSSING)
BOARD = str(inputs.STRIPBOARD)


def stripboard() -> bytes:
    return inputs.STRIPBOARD.read_bytes()


def document() -> bytes:
    return inputs.word_document()


#: name → (bytes of the .xlsx schedule, what the one stderr line must say)
SCHEDULES: dict[str, tuple[Callable[[], bytes], str]] = {
    "truncated": (lambda: inputs.truncated_zip(stripboard()), "the Excel workbook is damaged or truncated"),
    "corrupt": (lambda: inputs.corrupt_zip(stripboard()), "part '[Content_Types].xml' is damaged"),
    "encrypted": (
        lambda: inputs.encrypted(stripboard()),
        "the workbook is password-protected (encrypted); save an unprotected copy",
    ),
    "xls-named-xlsx": (inputs.legacy_xls, "this is an Excel 97-2003 (.xls) workbook, not .xlsx content"),
    "ods-named-xlsx": (
        inputs.ODS.read_bytes,
        "this is an OpenDocument spreadsheet (.ods), not .xlsx content; give it its .ods name",
    ),
    "docx-named-xlsx": (document, "not an Excel workbook: the main part is"),
    "empty": (lambda: b"", "the file is empty"),
    "binary-junk": (inputs.junk, "not a .xlsx workbook"),
}

#: command → its arguments for a schedule and an output folder (every output inside it)
SCHEDULE_COMMANDS: dict[str, Callable[[Path, Path], list[str]]] = {
    "plan": lambda schedule, out: ["plan", str(schedule), "--script", CROSSING, "-o", str(out / "plan.xlsx")],
    "callsheet": lambda schedule, out: [
        "callsheet",
        "--schedule",
        str(schedule),
        "--script",
        CROSSING,
        "--day",
        "2",
        "-o",
        str(out / "callsheet.docx"),
        "--annex",
        str(out / "annex.docx"),
        "--performer-sheets",
        str(out / "performers"),
    ],
}

#: name → (bytes of the .docx, what the one stderr line must say)
DOCUMENTS: dict[str, tuple[Callable[[], bytes], str]] = {
    "truncated": (
        lambda: inputs.truncated_zip(document()),
        "the OOXML (.docx) document is damaged or truncated",
    ),
    "corrupt": (lambda: inputs.corrupt_zip(document()), "part '[Content_Types].xml' is damaged"),
    "encrypted": (
        lambda: inputs.encrypted(document()),
        "the OOXML (.docx) document is password-protected (encrypted)",
    ),
    "doc-named-docx": (
        lambda: inputs.compound_file({"WordDocument": b"\xec\xa5\xc1\x00" + b"\x00" * 5000}),
        "this is a legacy binary Office file (.xls/.doc)",
    ),
    "xlsx-named-docx": (stripboard, "not a Word document (.docx)"),
    "external-entity": (
        lambda: inputs.docx_with_doctype(document()),
        "refused: part 'word/document.xml' declares a DOCTYPE",
    ),
    "empty": (lambda: b"", "the file is empty"),
    "binary-junk": (inputs.junk, "not an OOXML (.docx) document: the content is not a zip package"),
}


def annex_args(callsheet: Path, out: Path) -> list[str]:
    return [
        "annex",
        str(callsheet),
        "--schedule",
        BOARD,
        "--script",
        CROSSING,
        "--day",
        "2",
        "-o",
        str(out / "with-annex.docx"),
    ]


@pytest.mark.parametrize("case", list(SCHEDULES))
@pytest.mark.parametrize("command", list(SCHEDULE_COMMANDS))
def test_a_hostile_schedule_is_one_line_exit_3_and_nothing_written(tmp_path: Path, command: str, case: str):
    build, says = SCHEDULES[case]
    schedule = tmp_path / f"{case}.xlsx"
    schedule.write_bytes(build())
    out = tmp_path / "out"
    out.mkdir()
    run = invoke(*SCHEDULE_COMMANDS[command](schedule, out))
    assert_refused(run, schedule, says)
    assert listing(out) == []
    assert listing(tmp_path) == sorted([schedule.name, "out"])


@pytest.mark.parametrize("case", list(DOCUMENTS))
def test_a_hostile_call_sheet_given_to_annex_is_one_line_exit_3_and_nothing_written(
    tmp_path: Path, case: str
):
    build, says = DOCUMENTS[case]
    callsheet = tmp_path / f"{case}.docx"
    callsheet.write_bytes(build())
    out = tmp_path / "out"
    out.mkdir()
    run = invoke(*annex_args(callsheet, out))
    assert_refused(run, callsheet, says)
    assert listing(out) == []


def test_the_encrypted_fixtures_are_real_encrypted_office_files():
    """The password-protected inputs above are what Excel and Word write, not a magic number."""
    import msoffcrypto

    for blob in (inputs.encrypted(stripboard()), inputs.encrypted(document())):
        office = msoffcrypto.OfficeFile(io.BytesIO(blob))
        assert office.is_encrypted()
        clear = io.BytesIO()
        office.load_key(password="secret")
        office.decrypt(clear)
        assert zipfile.ZipFile(clear).testzip() is None


# --- zip bombs, measured in a fresh process ---------------------------------------------------------


@pytest.fixture(scope="module")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A 128 MB worksheet and a 128 MB document part, each deflated to about 130 KB."""
    folder = tmp_path_factory.mktemp("bombs")
    made = {
        "schedule": inputs.zip_bomb(stripboard(), "xl/worksheets/sheet1.xml", 128),
        "callsheet": inputs.zip_bomb(document(), "word/document.xml", 128),
    }
    paths = {}
    for kind, blob in made.items():
        assert len(blob) < 1024 * 1024
        path = folder / (f"{kind}.xlsx" if kind == "schedule" else f"{kind}.docx")
        path.write_bytes(blob)
        paths[kind] = path
    return paths


@pytest.mark.parametrize("command", list(SCHEDULE_COMMANDS))
def test_a_zip_bomb_posing_as_a_workbook_is_refused_within_a_memory_bound(tmp_path, bombs, command):
    out = tmp_path / "out"
    out.mkdir()
    run = measured(tmp_path, *SCHEDULE_COMMANDS[command](bombs["schedule"], out))
    assert_refused(run, bombs["schedule"], "refused: part 'xl/worksheets/sheet1.xml' expands")
    assert "(zip bomb)" in run.stderr
    assert run.peak_mb is not None and run.peak_mb < 300, run.peak_mb
    assert listing(out) == []


def test_a_zip_bomb_posing_as_a_call_sheet_is_refused_within_a_memory_bound(tmp_path, bombs):
    out = tmp_path / "out"
    out.mkdir()
    run = measured(tmp_path, *annex_args(bombs["callsheet"], out))
    assert_refused(run, bombs["callsheet"], "refused: part 'word/document.xml' expands")
    assert "(zip bomb)" in run.stderr
    assert run.peak_mb is not None and run.peak_mb < 300, run.peak_mb
    assert listing(out) == []


def test_a_zip_bomb_given_as_the_call_sheet_template_is_refused(tmp_path, bombs):
    out = tmp_path / "out"
    out.mkdir()
    args = SCHEDULE_COMMANDS["callsheet"](inputs.STRIPBOARD, out)
    run = measured(tmp_path, *args, "--template", str(bombs["callsheet"]))
    assert_refused(run, bombs["callsheet"], "(zip bomb)")
    assert run.peak_mb is not None and run.peak_mb < 300, run.peak_mb
    assert listing(out) == []


def test_a_zip_bomb_saved_as_ods_is_refused_before_calamine_inflates_it(tmp_path):
    bomb = tmp_path / "schedule.ods"
    bomb.write_bytes(inputs.zip_bomb(inputs.ODS.read_bytes(), "content.xml", 128))
    out = tmp_path / "out"
    out.mkdir()
    run = measured(tmp_path, *SCHEDULE_COMMANDS["plan"](bomb, out))
    assert_refused(run, bomb, "refused: part 'content.xml' expands")
    assert run.peak_mb is not None and run.peak_mb < 300, run.peak_mb
    assert listing(out) == []


def test_a_50_mb_text_file_named_csv_is_refused_as_too_large_for_a_schedule(tmp_path):
    big = tmp_path / "schedule.csv"
    with big.open("w", encoding="utf-8") as handle:
        line = "12;INT;KITCHEN;DAY;1 2/8;1,2\n"
        for _ in range(50 * 1024 * 1024 // len(line)):
            handle.write(line)
    out = tmp_path / "out"
    out.mkdir()
    run = measured(tmp_path, *SCHEDULE_COMMANDS["plan"](big, out))
    assert_refused(run, big, "too large for a schedule")
    assert run.peak_mb is not None and run.peak_mb < 300, run.peak_mb
    assert listing(out) == []
