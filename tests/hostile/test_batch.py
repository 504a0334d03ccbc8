"""`prodbridge batch` over a folder of hostile inputs and odd file names: each bad input fails
alone with one line naming it, the good ones go through, exit 1, and nothing is written outside
the output folder (no path traversal, no temp files left)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from prodbridge.cli import cli
from tests.hostile import inputs

SMALL_SCRIPT = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n'
    b'<FinalDraft DocumentType="Script" Template="No" Version="5"><Content>'
    b'<Paragraph Number="12" Type="Scene Heading"><Text>INT. DANIEL\xe2\x80\x99S HOUSEBOAT - SALOON - NIGHT</Text>'
    b"</Paragraph>"
    b'<Paragraph Type="Action"><Text>Helen kisses Daniel. The door closes behind them.</Text></Paragraph>'
    b'<Paragraph Number="12A" Type="Scene Heading"><Text>INT. DANIEL\xe2\x80\x99S HOUSEBOAT - CABIN - NIGHT</Text>'
    b"</Paragraph>"
    b'<Paragraph Type="Action"><Text>Rain on the roof.</Text></Paragraph>'
    b"</Content></FinalDraft>\n"
)

#: relative path → (bytes, expected status, what the message says)
HOSTILE_SCRIPTS = {
    "scripts/xxe.fdx": (inputs.xxe_file(), "refused: the file declares a DOCTYPE"),
    "scripts/xxe-http.fdx": (inputs.xxe_http(), "refused: the file declares a DOCTYPE"),
    "scripts/billion-laughs.fdx": (inputs.billion_laughs(), "refused: the file declares a DOCTYPE"),
    "scripts/nested.fdx": (inputs.deeply_nested(), "not well-formed XML: Excessive depth"),
    "scripts/truncated.fdx": (inputs.truncated_fdx(), "not well-formed XML"),
    "scripts/junk.fdx": (inputs.junk(), "the content is not a .fdx file (wrong extension or damaged)"),
    "scripts/empty.fdx": (b"", "the file is empty"),
}
#: schedules, each alone with SMALL_SCRIPT in its own folder so that its plan job runs
HOSTILE_SCHEDULES = {
    "corrupt/corrupt.xlsx": (
        lambda: inputs.corrupt_zip(inputs.STRIPBOARD.read_bytes()),
        "the content is not a .xlsx file (wrong extension or damaged)",
    ),
    "truncated/truncated.xlsx": (
        lambda: inputs.truncated_zip(inputs.STRIPBOARD.read_bytes()),
        "the content is not a .xlsx file (wrong extension or damaged)",
    ),
    "encrypted/encrypted.xlsx": (
        lambda: inputs.encrypted(inputs.STRIPBOARD.read_bytes()),
        "the Office file is password-protected (encrypted); save an unprotected copy",
    ),
    "bomb/bomb.xlsx": (
        lambda: inputs.zip_bomb(inputs.STRIPBOARD.read_bytes(), "xl/worksheets/sheet1.xml", 64),
        "(zip bomb)",
    ),
    "legacy/legacy.xlsx": (inputs.legacy_xls, "this is an Excel 97-2003 (.xls) workbook, not .xlsx content"),
    "empty/empty.xlsx": (lambda: b"", "the file is empty"),
}
#: good scripts under hostile names → the sanitised stem of their outputs
ODD_NAMES = {
    "names/a..b.fdx": "a.b",
    "names/-o.fdx": "-o",
    "names/$(touch pwned); rm -rf ~.fdx": "$(touch pwned); rm -rf ~",
    "names/CON.fdx": "_CON",
    "names/trailing dot..fdx": "trailing dot",
    "names/café «scène» 名前.fdx": "café «scène» 名前",
}


def tree(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict:
    base = tmp_path_factory.mktemp("hostile-batch")
    root = base / "inputs"
    for rel, (data, _) in HOSTILE_SCRIPTS.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    for rel, (build, _) in HOSTILE_SCHEDULES.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(build())
        (root / rel).with_name("script.fdx").write_bytes(SMALL_SCRIPT)
    for rel in ODD_NAMES:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(SMALL_SCRIPT)
    (root / "names" / "..hidden.fdx").write_bytes(inputs.xxe_file())
    before = tree(root)
    out = base / "out"
    result = CliRunner().invoke(
        cli, ["batch", str(root), "--out", str(out), "--json", "--jobs", "1"], catch_exceptions=False
    )
    document = json.loads(result.stdout)
    entries = {Path(e["path"]).relative_to(root).as_posix(): e for e in document["inputs"]}
    return {"base": base, "root": root, "out": out, "before": before, "result": result, "entries": entries}


def test_the_batch_exits_1_and_reports_every_input(hostile: dict):
    assert hostile["result"].exit_code == 1
    expected = {*HOSTILE_SCRIPTS, *HOSTILE_SCHEDULES, *ODD_NAMES}
    expected |= {str(Path(rel).with_name("script.fdx").as_posix()) for rel in HOSTILE_SCHEDULES}
    assert set(hostile["entries"]) == expected  # the hidden ..hidden.fdx is not an input


@pytest.mark.parametrize("rel", [*HOSTILE_SCRIPTS, *HOSTILE_SCHEDULES])
def test_each_hostile_input_fails_alone_with_one_line_naming_it(hostile: dict, rel: str):
    says = (HOSTILE_SCRIPTS.get(rel) or HOSTILE_SCHEDULES[rel])[1]
    entry = hostile["entries"][rel]
    assert entry["status"] == "failed"
    assert says in entry["message"]
    assert entry["outputs"] == []
    path = hostile["root"] / rel
    lines = [line for line in hostile["result"].stderr.splitlines() if line.startswith(f"error: {path}: ")]
    assert lines == [f"error: {path}: {entry['message']}"]


@pytest.mark.parametrize("rel", list(HOSTILE_SCHEDULES))
def test_the_script_beside_a_hostile_schedule_still_goes_through(hostile: dict, rel: str):
    entry = hostile["entries"][str(Path(rel).with_name("script.fdx").as_posix())]
    assert entry["status"] == "ok"
    assert [Path(p).suffix for p in entry["outputs"]] == [".json", ".xlsx", ".fdx"]


@pytest.mark.parametrize("rel", list(ODD_NAMES))
def test_odd_file_names_give_sanitised_outputs_inside_the_output_folder(hostile: dict, rel: str):
    entry = hostile["entries"][rel]
    assert entry["status"] == "ok"
    out: Path = hostile["out"]
    outputs = [Path(p) for p in entry["outputs"]]
    assert [p.name for p in outputs] == [
        f"{ODD_NAMES[rel]}.scan.json",
        f"{ODD_NAMES[rel]}.breakdown.xlsx",
        f"{ODD_NAMES[rel]}.tagged.fdx",
    ]
    for path in outputs:
        assert path.parent == out
        assert path.is_file()


def test_nothing_is_written_outside_the_output_folder_and_no_temp_file_is_left(hostile: dict):
    assert tree(hostile["root"]) == hostile["before"]
    assert sorted(p.name for p in hostile["base"].iterdir()) == ["inputs", "out"]
    names = [p.name for p in hostile["out"].iterdir()]
    assert not [n for n in names if n.endswith(".tmp") or (n.startswith(".") and n != ".prodbridge-output")]
    written = {Path(p).name for e in hostile["entries"].values() for p in e["outputs"]}
    assert set(names) == written | {".prodbridge-output", "batch-report.json"}
