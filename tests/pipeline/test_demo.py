"""The demo's bundled inputs are the fixtures, byte for byte, and ship as package data."""

from __future__ import annotations

import importlib.util
import tomllib
from importlib.resources import files
from pathlib import Path
from types import ModuleType

from prodbridge.pipeline.demo import DEMO_FILES

ROOT = Path(__file__).resolve().parents[2]
SYNC = ROOT / "src" / "prodbridge" / "demo" / "sync.py"


def load_sync() -> ModuleType:
    """The sync script, loaded from its path (it is not a module of the package)."""
    spec = importlib.util.spec_from_file_location("demo_sync", SYNC)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_demo_inputs_are_identical_to_the_fixtures() -> None:
    sync = load_sync()
    assert sync.differences() == [], "run: python src/prodbridge/demo/sync.py"


def test_the_sync_script_and_the_demo_job_list_the_same_files() -> None:
    assert load_sync().FILES == DEMO_FILES


def test_the_demo_inputs_are_readable_as_package_resources() -> None:
    demo = files("prodbridge") / "demo"
    for name in DEMO_FILES:
        assert demo.joinpath(*name.split("/")).read_bytes() == (ROOT / "fixtures" / name).read_bytes()


def test_package_data_ships_the_demo_inputs_in_the_wheel() -> None:
    import fnmatch

    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"
    ]["prodbridge"]
    for name in DEMO_FILES:
        assert any(fnmatch.fnmatch(f"demo/{name}", pattern) for pattern in patterns), name
