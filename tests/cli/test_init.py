"""`prodbridge init`: a commented config that loads, editable templates, nothing overwritten."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from click.testing import CliRunner

from prodbridge.cli import cli
from prodbridge.config import load_config

TEMPLATES = sorted(
    entry.name for entry in (files("prodbridge") / "templates").iterdir() if entry.name.endswith(".docx")
)


def run(*args: str) -> object:
    return CliRunner().invoke(cli, ["init", *args], catch_exceptions=False)


def test_init_writes_a_config_that_loads_and_editable_templates(tmp_path: Path) -> None:
    folder = tmp_path / "the crossing"
    result = run(str(folder))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [f"wrote {folder / 'prodbridge.toml'}"] + [
        f"wrote {folder / 'templates' / name}" for name in TEMPLATES
    ]
    assert {"callsheet_en.docx", "callsheet_fr.docx", "annex_en.docx", "performer_fr.docx"} <= set(TEMPLATES)
    for name in TEMPLATES:
        assert (folder / "templates" / name).read_bytes() == (files("prodbridge") / "templates" / name).read_bytes()
    config = load_config(folder / "prodbridge.toml")
    assert config.language == "en"
    assert config.script == folder / "script.fdx"
    assert config.output == folder / "prodbridge-out"
    assert config.hospital is not None and config.hospital.name
    assert config.locations[0].latitude is not None and config.locations[0].longitude is not None
    assert config.intimacy_coordinator.name and config.ic_available
    assert config.child_supervisor.name
    anna = config.cast_member("ANNA")
    assert anna is not None and anna.minor and anna.age == 16 and anna.actor and anna.contact


def test_the_config_is_commented_for_a_production_office(tmp_path: Path) -> None:
    run(str(tmp_path))
    text = (tmp_path / "prodbridge.toml").read_text(encoding="utf-8")
    comments = [line for line in text.splitlines() if line.lstrip().startswith("#") or " # " in line]
    assert len(comments) >= 40
    for section in ("[production]", "[files]", "[calls]", "[intimacy_coordinator]", "[hospital]", "[[locations]]", "[[cast]]"):
        assert f"\n{section}" in text


def test_existing_files_are_kept_and_named_unless_force(tmp_path: Path) -> None:
    run(str(tmp_path))
    config = tmp_path / "prodbridge.toml"
    config.write_text('[production]\ntitle = "Ours"\n', encoding="utf-8")
    (tmp_path / "templates" / "annex_en.docx").unlink()
    again = run(str(tmp_path))
    assert again.exit_code == 0
    assert again.stdout == f"wrote {tmp_path / 'templates' / 'annex_en.docx'}\n"
    assert f"kept {config}: it already exists (use --force to overwrite)" in again.stderr
    assert again.stderr.count("it already exists") == len(TEMPLATES)  # the config + the others
    assert config.read_text(encoding="utf-8") == '[production]\ntitle = "Ours"\n'
    forced = run(str(tmp_path), "--force")
    assert forced.exit_code == 0
    assert load_config(config).title == "Example Film"


def test_lang_fr_sets_the_production_language(tmp_path: Path) -> None:
    assert run(str(tmp_path), "--lang", "fr").exit_code == 0
    assert load_config(tmp_path / "prodbridge.toml").language == "fr"


def test_init_on_a_file_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "prodbridge.toml"
    target.write_text("", encoding="utf-8")
    result = run(str(target))
    assert result.exit_code == 2
    assert f"Directory '{target}' is a file." in result.stderr


def test_a_mistake_in_the_written_config_is_reported_with_key_and_line(tmp_path: Path) -> None:
    run(str(tmp_path))
    config = tmp_path / "prodbridge.toml"
    lines = config.read_text(encoding="utf-8").splitlines()
    number = next(n for n, line in enumerate(lines, start=1) if line.startswith("latitude ="))
    lines[number - 1] = "latitude = 151.45"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["nightly", "--config", str(config)], catch_exceptions=False)
    assert result.exit_code == 2
    assert result.stderr == (
        f"prodbridge: {config}: line {number}: locations[1].latitude: must be between -90 and 90, not 151.45\n"
    )
