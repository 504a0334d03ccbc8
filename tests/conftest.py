"""Shared test fixtures: repository paths and the shared corpus."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"
CORPUS_FDX = CORPUS / "fdx"


def corpus_manifest() -> dict[str, dict[str, str]]:
    """MANIFEST.tsv rows by file name ({} when the corpus is absent)."""
    manifest = CORPUS / "MANIFEST.tsv"
    if not manifest.is_file():
        return {}
    with manifest.open(encoding="utf-8", newline="") as handle:
        return {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}


@pytest.fixture(scope="session")
def manifest() -> dict[str, dict[str, str]]:
    rows = corpus_manifest()
    if not rows:
        pytest.fail(f"the shared corpus is missing: {CORPUS}")
    return rows
