"""Batch rules: output names, what counts as an input, kinds from content, pairing, isolation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from prodbridge.pipeline.batch import (
    Entry,
    best_match,
    classify,
    collect,
    default_out,
    execute,
    ignored_name,
    pair,
    plan_units,
    prepare,
    safe_stem,
    unique_stems,
)
from tests.ops_fixtures import (
    CROSSING,
    ENCRYPTED,
    FIXTURES,
    NIGHT_SHIFT,
    PDF,
    PLAN_FR,
    PNG,
    STRIPBOARD,
    TRAVERSEE,
    broken_fdx,
)


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("the-crossing", "the-crossing"),
        ("la traversée..v2", "la traversée.v2"),
        ("..", "untitled"),
        ("...secret", "secret"),
        ("a/b\\c", "a_b_c"),
        ("tab\there\x00nul\x1b", "tab_here_nul_"),
        ('what?*:<>|"', "what_______"),
        ("trailing dots. . .", "trailing dots"),
        ("CON", "_CON"),
        ("nul.v2", "_nul.v2"),
        ("e\u0301te\u0301", "été"),  # decomposed accents become NFC
        ("x" * 300, "x" * 120),
    ],
)
def test_output_stems_are_safe_file_names(stem: str, expected: str) -> None:
    assert safe_stem(stem) == expected


def test_clashing_stems_get_their_folder_then_a_number() -> None:
    paths = [
        Path("a/film/script.fdx"),
        Path("a/other/Script.fountain"),
        Path("b/film/script.fdx"),
        Path("a/film/unique.fdx"),
    ]
    assert unique_stems(paths) == {
        Path("a/film/script.fdx"): "film-script",
        Path("a/other/Script.fountain"): "other-Script",
        Path("b/film/script.fdx"): "film-script-2",
        Path("a/film/unique.fdx"): "unique",
    }


def test_default_out_is_beside_the_first_input(tmp_path: Path) -> None:
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "x.fdx").write_bytes(b"")
    assert default_out([tmp_path / "scripts"]) == tmp_path / "prodbridge-out"
    assert default_out([tmp_path / "scripts" / "x.fdx"]) == tmp_path / "scripts" / "prodbridge-out"
    assert default_out([str(tmp_path / "scripts" / "..")]) == tmp_path.parent / "prodbridge-out"
    (tmp_path / "b").mkdir()
    assert default_out([tmp_path / "nowhere" / "a.fdx", tmp_path / "b"]) == tmp_path / "prodbridge-out"


def test_nothing_is_written_when_no_input_exists(tmp_path: Path) -> None:
    result = execute(prepare([tmp_path / "gone" / "a.fdx"]), jobs=1)
    assert [(o.status, o.message) for o in result.outcomes] == [("failed", "no such file or folder")]
    assert result.report is None
    assert not (tmp_path / "gone").exists()


@pytest.mark.parametrize(
    ("name", "ignored"),
    [
        ("~$plan.xlsx", True),
        (".~lock.plan.xlsx#", True),
        (".DS_Store", True),
        ("export.tmp", True),
        ("plan.xlsx.crdownload", True),
        ("plan.xlsx", False),
        ("~plan.xlsx", False),
        ("the crossing (v2).fdx", False),
    ],
)
def test_lock_temp_and_hidden_names_are_ignored(name: str, ignored: bool) -> None:
    assert ignored_name(name) is ignored


def test_kinds_come_from_the_content_not_the_extension(tmp_path: Path) -> None:
    files = {
        "script.txt": CROSSING.read_bytes(),  # an FDX saved under another name
        "draft": NIGHT_SHIFT.read_bytes(),
        "schedule.dat": STRIPBOARD.read_bytes(),
        "image.fdx": PNG,  # claims to be FDX: fails
        "image.png": PNG,  # unrelated: skipped
        "doc.pdf": PDF,
        "locked.xlsx": ENCRYPTED,
        "empty.csv": b"",
        "empty.txt": b"   \n",
        "broken.fdx": broken_fdx(),
        "prodbridge.toml": b'[production]\ntitle = "x"\n',
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    got = {name: classify(tmp_path / name) for name in files}
    assert {n: (e.kind, e.outcome.status if e.outcome else None) for n, e in got.items()} == {
        "script.txt": ("fdx", None),
        "draft": ("fountain", None),
        "schedule.dat": ("xlsx", None),
        "image.fdx": ("unknown", "failed"),
        "image.png": ("unknown", "skipped"),
        "doc.pdf": ("unknown", "skipped"),
        "locked.xlsx": ("encrypted", "failed"),
        "empty.csv": ("empty", "failed"),
        "empty.txt": ("empty", "skipped"),
        "broken.fdx": ("fdx", None),  # its root says FinalDraft: the reader will say what is wrong
        "prodbridge.toml": ("config", "skipped"),
    }
    assert got["image.fdx"].outcome.message == "the content is not a .fdx file (wrong extension or damaged)"


def test_a_breakdown_workbook_is_not_taken_for_a_schedule(tmp_path: Path) -> None:
    from prodbridge.pipeline.breakdown import breakdown

    book = tmp_path / "review.xlsx"
    breakdown(CROSSING, book)
    assert classify(book).kind == "breakdown"
    assert classify(STRIPBOARD).kind == "xlsx"


def test_collect_reports_missing_paths_and_never_enters_output_folders(tmp_path: Path) -> None:
    (tmp_path / "in" / "prodbridge-out").mkdir(parents=True)
    (tmp_path / "in" / "marked").mkdir()
    (tmp_path / "in" / "marked" / ".prodbridge-output").write_bytes(b"")
    (tmp_path / "in" / ".git").mkdir()
    for folder in ("in", "in/prodbridge-out", "in/marked", "in/.git"):
        (tmp_path / folder / "a.fdx").write_bytes(b"x")
    files, decided = collect([tmp_path / "in", tmp_path / "gone.fdx", tmp_path / "in" / "a.fdx"], None)
    assert files == [tmp_path / "in" / "a.fdx", tmp_path / "gone.fdx"]
    assert decided[tmp_path / "gone.fdx"].message == "no such file or folder"
    assert decided[tmp_path / "gone.fdx"].status == "failed"


def test_one_script_in_a_folder_takes_all_its_schedules() -> None:
    script = Path("f/whatever.fdx")
    schedules = [Path("f/week1.xlsx"), Path("f/week2.csv")]
    assert pair(schedules, [script, Path("g/other.fdx")]) == ({s: script for s in schedules}, {})


def test_several_scripts_in_a_folder_share_schedules_by_name() -> None:
    scripts = [Path("f/the-crossing.fdx"), Path("f/la-traversée.fdx")]
    schedules = [
        Path("f/the-crossing-stripboard.xlsx"),
        Path("f/LA TRAVERSEE plan.xlsx"),
        Path("f/week2.xlsx"),
    ]
    paired, unpaired = pair(schedules, scripts)
    assert paired == {schedules[0]: scripts[0], schedules[1]: scripts[1]}
    assert list(unpaired) == [schedules[2]]
    assert unpaired[schedules[2]].startswith("several scripts in its folder")


def test_a_tie_is_not_guessed() -> None:
    assert best_match(Path("episode-plan.xlsx"), [Path("episode-1.fdx"), Path("episode-2.fdx")]) is None
    assert best_match(Path("episode-2-plan.xlsx"), [Path("episode-1.fdx"), Path("episode-2.fdx")]) == Path(
        "episode-2.fdx"
    )


def test_a_schedule_without_a_script_in_its_folder_is_matched_across_the_batch() -> None:
    scripts = [Path("scripts/the-crossing.fdx"), Path("scripts/night-shift.fountain")]
    paired, unpaired = pair([Path("schedules/the-crossing-week2.ods"), Path("schedules/flat.csv")], scripts)
    assert paired == {Path("schedules/the-crossing-week2.ods"): scripts[0]}
    assert unpaired[Path("schedules/flat.csv")].startswith("no script to pair it with")


def test_changed_limits_the_work_to_what_changed(tmp_path: Path) -> None:
    script, schedule = tmp_path / "film.fdx", tmp_path / "film-plan.xlsx"
    entries = [Entry(script, "fdx"), Entry(schedule, "xlsx")]
    units, _ = plan_units(entries, changed={schedule})
    assert [(u.script, u.script_jobs, [j.path for j in u.schedules]) for u in units] == [
        (script, False, [schedule])
    ]
    units, _ = plan_units(entries, changed={script})
    assert [(u.script, u.script_jobs, [j.path for j in u.schedules]) for u in units] == [
        (script, True, [schedule])
    ]


def test_a_schedule_of_an_unreadable_script_is_skipped_not_failed(tmp_path: Path) -> None:
    (tmp_path / "film.fdx").write_bytes(broken_fdx())
    shutil.copyfile(STRIPBOARD, tmp_path / "film-plan.xlsx")
    result = execute(prepare([tmp_path], tmp_path / "out"), jobs=1)
    assert [(o.path.name, o.status) for o in result.outcomes] == [
        ("film-plan.xlsx", "skipped"),
        ("film.fdx", "failed"),
    ]
    assert result.outcomes[0].message == "its script film.fdx could not be read"


def test_the_ics_review_beside_a_script_is_used_and_never_modified(tmp_path: Path) -> None:
    from prodbridge.pipeline.breakdown import breakdown

    shutil.copyfile(CROSSING, tmp_path / "the-crossing.fdx")
    review = tmp_path / "the-crossing-review.xlsx"
    breakdown(CROSSING, review)
    before = review.read_bytes()
    result = execute(prepare([tmp_path], tmp_path / "out"), jobs=1)
    statuses = {o.path.name: (o.kind, o.status, o.message) for o in result.outcomes}
    assert statuses["the-crossing-review.xlsx"] == ("breakdown", "ok", "the IC's review of the-crossing.fdx")
    assert statuses["the-crossing.fdx"][1] == "ok"
    assert review.read_bytes() == before
    assert (tmp_path / "out" / "the-crossing.breakdown.xlsx").is_file()


def test_lang_picks_the_labels_of_what_batch_writes(tmp_path: Path) -> None:
    import zipfile

    shutil.copyfile(PLAN_FR, tmp_path / "la-traversee-plan.xlsx")
    shutil.copyfile(TRAVERSEE, tmp_path / "la-traversee.fdx")
    result = execute(prepare([tmp_path], tmp_path / "out"), jobs=1, lang="fr")
    assert [o.status for o in result.outcomes] == ["ok", "ok"]
    with zipfile.ZipFile(tmp_path / "out" / "la-traversee-plan.plan.xlsx") as book:
        assert 'name="Intimité"' in book.read("xl/workbook.xml").decode("utf-8")


def test_a_macro_workbook_keeps_its_xlsm_name(tmp_path: Path) -> None:
    import zipfile

    source = zipfile.ZipFile(STRIPBOARD)
    macro = tmp_path / "the-crossing-stripboard.xlsm"
    with zipfile.ZipFile(macro, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                )
            target.writestr(info, data)
    shutil.copyfile(CROSSING, tmp_path / "the-crossing.fdx")
    result = execute(prepare([tmp_path], tmp_path / "out"), jobs=1)
    assert [(o.path.name, o.status, [p.name for p in o.outputs][:1]) for o in result.outcomes] == [
        ("the-crossing-stripboard.xlsm", "ok", ["the-crossing-stripboard.plan.xlsm"]),
        ("the-crossing.fdx", "ok", ["the-crossing.scan.json"]),
    ]


def test_a_uss_schedule_is_planned_as_uss(tmp_path: Path) -> None:
    shutil.copyfile(CROSSING, tmp_path / "the-crossing.fdx")
    shutil.copyfile(FIXTURES / "schedules" / "the-crossing.uss", tmp_path / "the-crossing.uss")
    result = execute(prepare([tmp_path], tmp_path / "out"), jobs=1)
    assert [(o.path.name, o.kind, o.status, [p.name for p in o.outputs]) for o in result.outcomes][1] == (
        "the-crossing.uss",
        "uss",
        "ok",
        ["the-crossing.plan.uss"],
    )


def test_only_a_new_or_empty_output_folder_is_marked(tmp_path: Path) -> None:
    from prodbridge.pipeline.batch import OUTPUT_MARKER, prepare_out

    prepare_out(tmp_path / "new")
    (tmp_path / "empty").mkdir()
    prepare_out(tmp_path / "empty")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("the AD's notes", encoding="utf-8")
    prepare_out(tmp_path / "mine")
    assert (tmp_path / "new" / OUTPUT_MARKER).is_file()
    assert (tmp_path / "empty" / OUTPUT_MARKER).is_file()
    assert not (tmp_path / "mine" / OUTPUT_MARKER).exists()
