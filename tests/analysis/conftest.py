"""Builds small Scripts directly from the model's constructors, for the analysis tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from prodbridge.analysis.characters import normalize_cue
from prodbridge.model import Paragraph, Scene, Script

#: One scene: its heading, then (kind, text) paragraphs.
SceneSpec = tuple[str, Sequence[tuple[str, str]]]


def build_script(*scenes: SceneSpec, lang: str = "en") -> Script:
    """A Script whose paragraph indexes are their positions, with speakers and characters set.

    ``Scene.characters`` lists the Character cues of the scene (what a reader always finds);
    names only written in action lines are left for the detector to find.
    """
    paragraphs: list[Paragraph] = []
    built: list[Scene] = []
    for number, (heading, body) in enumerate(scenes, start=1):
        start = len(paragraphs)
        paragraphs.append(Paragraph(start, "Scene Heading", heading, scene=number))
        speaker: str | None = None
        speaking: dict[str, None] = {}
        for kind, text in body:
            if kind == "Character":
                speaker = normalize_cue(text)
                speaking.setdefault(speaker)
            elif kind not in ("Dialogue", "Parenthetical"):
                speaker = None
            said_by = speaker if kind in ("Dialogue", "Parenthetical") else None
            paragraphs.append(Paragraph(len(paragraphs), kind, text, scene=number, speaker=said_by))
        built.append(
            Scene(
                index=number,
                id=f"#{number}",
                number=None,
                heading=heading,
                int_ext=None,
                set=heading,
                subset=None,
                time_of_day=None,
                eighths=8,
                eighths_source="estimate",
                page=None,
                paragraphs=(start, len(paragraphs)),
                characters=tuple(speaking),
                speaking=tuple(speaking),
            )
        )
    return Script("test", None, lang, tuple(paragraphs), tuple(built))


@pytest.fixture
def make_script() -> Callable[..., Script]:
    """``make_script(("INT. ROOM - NIGHT", [("Action", "...")]), ..., lang="fr")``."""
    return build_script
