"""`prodbridge tag` end to end: tagged output, reruns, --remove, --no-notes, --breakdown, errors.

The detector is replaced by hand-built findings (every "kiss…" cue is KIS), so these tests
check the command and the writer, not the lexicon.
"""

from __future__ import annotations

import re
import shutil

import openpyxl
import pytest
from click.testing import CliRunner

from prodbridge.cli import cli
from prodbridge.model import Evidence, Finding
from prodbridge.writers.fdx_tags import CATEGORY_ID, DEFINITION_IDS
from tests.conftest import CORPUS_FDX, FIXTURES

CROSSING = FIXTURES / "scripts" / "the-crossing.fdx"
GOLDKEY = CORPUS_FDX / "fd13-sample-goldkey.fdx"
CUE = re.compile(r"\bkiss\w*", re.IGNORECASE)


def kiss_findings(loaded, cfg=None) -> tuple[Finding, ...]:
    """Every scene with a "kiss…" word gets a KIS finding quoting its first one."""
    script = loaded.script
    out = []
    for scene in script.scenes:
        for p in script.scene_paragraphs(scene):
            m = CUE.search(p.text)
            if m:
                ev = Evidence(p.index, "KIS", m.group(0), p.text, m.start(), m.end())
                out.append(Finding(scene.index, ("KIS",), 0.9, (), (ev,)))
                break
    return tuple(out)


@pytest.fixture(autouse=True)
def fake_detector(monkeypatch):
    monkeypatch.setattr("prodbridge.pipeline.common.detect_findings", kiss_findings)
    monkeypatch.setattr("prodbridge.pipeline.breakdown.detect_findings", kiss_findings)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def tagged_texts(data: bytes) -> list[str]:
    """Texts of runs whose TagNumber belongs to a Tag holding the KIS definition."""
    text = data.decode()
    numbers = re.findall(rf'<Tag Number="(\d+)">\s*<DefId>{DEFINITION_IDS["KIS"]}</DefId>', text)
    return [
        m.group(2)
        for m in re.finditer(r'<Text[^>]* TagNumber="(\d+)"[^>]*>([^<]*)<', text)
        if m.group(1) in numbers
    ]


def test_tag_writes_the_tagged_script_and_says_what_it_added(tmp_path):
    out = tmp_path / "tagged.fdx"
    code, stdout, stderr = run("tag", str(GOLDKEY), "-o", str(out))
    assert (code, stderr) == (0, "")
    assert stdout == f"wrote {out}: 4 intimacy tag(s) in 4 scene(s) (codes: KIS), 4 note(s).\n"
    data = out.read_bytes()
    assert tagged_texts(data) == ["Kiss", "Kiss", "Kiss", "kissing"]
    assert f'Id="{CATEGORY_ID}" Name="Intimacy" Number="32"' in data.decode()
    assert data.count(b'WriterName="prodbridge"') == 4


def test_tagging_the_output_again_gives_identical_bytes(tmp_path):
    first, second = tmp_path / "a.fdx", tmp_path / "b.fdx"
    assert run("tag", str(GOLDKEY), "-o", str(first))[0] == 0
    assert run("tag", str(first), "-o", str(second))[0] == 0
    assert second.read_bytes() == first.read_bytes()


def test_remove_writes_the_original_bytes_back(tmp_path):
    tagged, back = tmp_path / "tagged.fdx", tmp_path / "back.fdx"
    run("tag", str(GOLDKEY), "-o", str(tagged))
    code, stdout, _ = run("tag", str(tagged), "-o", str(back), "--remove")
    assert (code, stdout) == (0, f"wrote {back}: prodbridge tags removed.\n")
    assert back.read_bytes() == GOLDKEY.read_bytes()


def test_remove_on_an_untagged_script_says_so_and_copies_it(tmp_path):
    out = tmp_path / "same.fdx"
    code, stdout, _ = run("tag", str(GOLDKEY), "-o", str(out), "--remove")
    assert (code, stdout) == (0, f"wrote {out}: no prodbridge tags found; same bytes.\n")
    assert out.read_bytes() == GOLDKEY.read_bytes()


def test_no_notes_tags_without_adding_notes(tmp_path):
    out = tmp_path / "tagged.fdx"
    code, stdout, _ = run("tag", str(GOLDKEY), "-o", str(out), "--no-notes")
    assert code == 0 and stdout.endswith("(codes: KIS), 0 note(s).\n")
    assert b"prodbridge" not in out.read_bytes() and out.read_bytes().count(b"<ScriptNote ") == 12


def test_french_labels_with_lang_fr(tmp_path):
    out = tmp_path / "tagged.fdx"
    assert run("tag", str(GOLDKEY), "-o", str(out), "--lang", "fr")[0] == 0
    assert 'Label="KIS – Baiser"' in out.read_text(encoding="utf-8")


def test_a_malformed_script_exits_3_with_one_line_and_no_file(tmp_path):
    out = tmp_path / "tagged.fdx"
    bad = CORPUS_FDX / "malformed-venkatgoud.fdx"
    for extra in ((), ("--remove",)):
        code, stdout, stderr = run("tag", str(bad), "-o", str(out), *extra)
        assert (code, stdout) == (3, "")
        assert stderr.startswith(f"prodbridge: {bad}: not well-formed XML: ") and stderr.count("\n") == 1
    assert not out.exists()


def test_a_fountain_script_is_refused(tmp_path):
    script = FIXTURES / "scripts" / "night-shift.fountain"
    code, _, stderr = run("tag", str(script), "-o", str(tmp_path / "x.fdx"))
    assert (code, stderr) == (
        3,
        f"prodbridge: {script}: tag writes Final Draft files; this script is fountain\n",
    )


def test_the_output_must_be_an_fdx_file(tmp_path):
    out = tmp_path / "tagged.xlsx"
    code, _, stderr = run("tag", str(GOLDKEY), "-o", str(out))
    assert (code, stderr) == (
        2,
        f"prodbridge: {out}: the tagged script is a Final Draft file: name it .fdx, not .xlsx\n",
    )


def test_the_input_is_never_overwritten(tmp_path):
    script = tmp_path / "script.fdx"
    shutil.copyfile(GOLDKEY, script)
    code, _, stderr = run("tag", str(script), "-o", str(script))
    assert code == 1 and "refusing to overwrite an input file" in stderr
    assert script.read_bytes() == GOLDKEY.read_bytes()


def test_a_scene_the_coordinator_rejected_is_not_tagged(tmp_path):
    book = tmp_path / "breakdown.xlsx"
    assert run("breakdown", str(CROSSING), "-o", str(book))[0] == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["Intimacy"]
    header = [c.value for c in ws[1]]
    scene_col, status_col = header.index("Scene") + 1, header.index("Status") + 1
    rows = {
        str(ws.cell(r, scene_col).value): r for r in range(2, ws.max_row + 1) if ws.cell(r, scene_col).value
    }
    ws.cell(rows["12"], status_col).value = "rejected"
    ws.cell(rows["3"], status_col).value = "confirmed"
    wb.save(book)

    plain, reviewed = tmp_path / "plain.fdx", tmp_path / "reviewed.fdx"
    assert run("tag", str(CROSSING), "-o", str(plain))[0] == 0
    code, stdout, _ = run("tag", str(CROSSING), "-o", str(reviewed), "--breakdown", str(book))
    assert code == 0 and stdout.endswith(", 1 rejected scene(s) left out.\n")
    scene_12 = "Helen turns up at the houseboat. They "
    assert f'{scene_12}</Text ><Text TagNumber="' in plain.read_text(encoding="utf-8")
    assert f"{scene_12}kiss; the cabin door" in reviewed.read_text(encoding="utf-8")
    assert len(tagged_texts(reviewed.read_bytes())) == len(tagged_texts(plain.read_bytes())) - 1
