"""Every real file of ../shared/corpus/fdx is read with the manifest's scene counts, or refused."""

from __future__ import annotations

import pytest

from prodbridge.errors import InputError
from prodbridge.options import ReadOptions
from prodbridge.readers.fdx import read
from tests.conftest import CORPUS_FDX, corpus_manifest

ROWS = corpus_manifest()
pytestmark = pytest.mark.corpus


@pytest.mark.parametrize("name", sorted(ROWS))
def test_corpus_file_is_read_with_the_manifest_scene_count_or_refused(name, manifest):
    row = manifest[name]
    data = (CORPUS_FDX / name).read_bytes()
    if row["well_formed"] == "no":
        with pytest.raises(InputError, match=rf"^{name}: not well-formed XML"):
            read(data, ReadOptions(name=name))
        return
    script, _ = read(data, ReadOptions(name=name))
    assert len(script.scenes) == int(row["scene_headings"])


@pytest.mark.parametrize(
    "name", sorted(n for n, r in ROWS.items() if r["well_formed"] == "yes" and r["numbered_scenes"] != "0")
)
def test_corpus_scene_numbers_match_the_manifest(name, manifest):
    row = manifest[name]
    script, _ = read((CORPUS_FDX / name).read_bytes())
    numbers = [s.number for s in script.scenes if s.number]
    assert (len(numbers), numbers[0], numbers[-1]) == (
        int(row["numbered_scenes"]),
        row["first_scene_number"],
        row["last_scene_number"],
    )


def test_rearview_keeps_letter_suffixed_numbers_and_file_lengths():
    script, _ = read((CORPUS_FDX / "rearview-fd.fdx").read_bytes())
    ids = [s.id for s in script.scenes]
    assert {"71E", "150C", "90A"} <= set(ids)
    assert all(s.eighths_source == "file" for s in script.scenes)


def test_fd13_sample_reads_synopses_and_titles():
    script, _ = read((CORPUS_FDX / "fd13-sample-goldkey.fdx").read_bytes())
    first = script.scenes[0]
    assert (first.heading, first.title, first.synopsis) == (
        "INT. HOME LIBRARY - DAY",
        "Meet Tangle",
        "Set up Gold Key. Tangle's desire to find the key, door, and treasure.",
    )


def test_fd12_and_fd13_saves_of_one_script_give_the_same_scenes():
    # FD12 keeps the synopsis in SceneProperties, FD13 in a Summary paragraph. (The Length
    # values differ between the two saves: Final Draft re-paginated, so they are not compared.)
    fd12, _ = read((CORPUS_FDX / "fd12-sample-goldkey.fdx").read_bytes())
    fd13, _ = read((CORPUS_FDX / "fd13-sample-goldkey.fdx").read_bytes())

    def key(s):
        return (s.heading, s.title, s.synopsis, s.characters)

    assert [key(s) for s in fd12.scenes] == [key(s) for s in fd13.scenes]


def test_french_corpus_heading_in_mixed_case_is_split():
    script, _ = read((CORPUS_FDX / "fr-scenariofd-simple.fdx").read_bytes())
    assert [(s.int_ext, s.set, s.time_of_day) for s in script.scenes] == [
        ("INT", "BUREAU DE MARION", "JOUR"),
        ("EXT", "ROUTE DE TOULON", "JOUR"),
    ]
