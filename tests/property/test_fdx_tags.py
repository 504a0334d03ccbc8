"""Properties of Final Draft tagging on generated scripts: paragraph text never changes, tagging
is idempotent, and --remove gives back the input's bytes.

Scripts are generated as bytes: paragraphs of random types whose text mixes unicode, curly
quotes, &, <, character references and CR/LF, split into runs at random points with random
attributes; findings point at real substrings of real paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prodbridge.fdx.tree import body_paragraphs, paragraph_text, parse
from prodbridge.model import CODES, Evidence, Finding, Script
from prodbridge.options import ReadOptions
from prodbridge.readers import fdx as fdx_reader
from prodbridge.writers import fdx_tags

SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TYPES = ["Action", "Character", "Dialogue", "Parenthetical", "Transition", "General", "Shot"]
RUN_ATTRIBUTES = [
    ' Style="Bold"',
    ' Style="Italic+Underline"',
    ' Font="Courier Final Draft" Size="12"',
    ' AdornmentStyle="0" Background="#FFFFFFFFFFFF" Color="#000000000000" RevisionID="1"',
    ' Style="AllCaps"',
]
#: Text pieces worth mixing in: markup characters, quotes, accents, line breaks, astral planes.
PIECES = [
    "&",
    "<",
    ">",
    "’",
    "“",
    "”",
    '"',
    "'",
    "é",
    "Œ",
    "\u00a0",
    "\r\n",
    "\n",
    "\t",
    "😀",
    "SÉQ.",
    "kisses",
    " ",
]


def xml_char(c: str) -> bool:
    code = ord(c)
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or code >= 0x10000


texts = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.text(st.characters(codec="utf-8").filter(xml_char), min_size=1, max_size=12),
    ),
    max_size=8,
).map("".join)


@dataclass(frozen=True)
class Spec:
    """One paragraph: type, scene number (headings), runs as (text, attributes, as char refs)."""

    kind: str
    number: str | None
    runs: tuple[tuple[str, str, bool], ...]


def escape(text: str, refs: bool) -> str:
    """XML-escape ``text``; CR always as a reference (a raw CR would be normalised away), and
    with ``refs`` every non-ASCII character as a numeric reference too."""
    out = []
    for c in text:
        if c == "&":
            out.append("&amp;")
        elif c == "<":
            out.append("&lt;")
        elif c == ">":
            out.append("&gt;" if refs else ">")
        elif c == "\r":
            out.append("&#13;")
        elif refs and ord(c) > 127:
            out.append(f"&#{ord(c)};")
        else:
            out.append(c)
    return "".join(out)


@st.composite
def paragraph(draw: st.DrawFn, kind: str | None = None) -> Spec:
    kind = kind or draw(st.sampled_from(TYPES))
    text = draw(texts)
    if kind == "Scene Heading":
        text = draw(st.sampled_from(["INT. ", "EXT. ", "INT./EXT. "])) + text + " - NIGHT"
    cuts = sorted(draw(st.sets(st.integers(1, max(1, len(text) - 1)), max_size=3))) if len(text) > 1 else []
    bounds = [0, *cuts, len(text)]
    runs = tuple(
        (text[a:b], draw(st.sampled_from(["", *RUN_ATTRIBUTES])), draw(st.booleans()))
        for a, b in pairwise(bounds)
    )
    number = (
        draw(st.one_of(st.none(), st.from_regex(r"\A[1-9][0-9]?[A-B]?\Z")))
        if kind == "Scene Heading"
        else None
    )
    return Spec(kind, number, runs or (("", "", False),))


@st.composite
def scripts(draw: st.DrawFn) -> bytes:
    """FDX bytes: 1-4 scenes of 1-6 paragraphs, LF or CRLF between elements."""
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    specs: list[Spec] = []
    for _ in range(draw(st.integers(1, 4))):
        specs.append(draw(paragraph("Scene Heading")))
        specs += draw(st.lists(paragraph(), min_size=1, max_size=6))
    body = []
    for spec in specs:
        number = f' Number="{spec.number}"' if spec.number else ""
        runs = "".join(f"<Text{attrs}>{escape(text, refs)}</Text>" for text, attrs, refs in spec.runs)
        body.append(
            f'    <Paragraph{number} Type="{spec.kind}">{newline}      {runs}{newline}    </Paragraph>'
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="no" ?>{newline}'
        f'<FinalDraft DocumentType="Script" Template="No" Version="5">{newline}{newline}'
        f"  <Content>{newline}" + newline.join(body) + f"{newline}  </Content>{newline}</FinalDraft>{newline}"
    ).encode()


def read(data: bytes) -> Script:
    return fdx_reader.read(data, ReadOptions(name="generated.fdx", lang="en"))[0]


@st.composite
def cases(draw: st.DrawFn) -> tuple[bytes, Script, list[Finding]]:
    """A script and findings whose evidence points at real substrings of its paragraphs."""
    data = draw(scripts())
    script = read(data)
    findings = []
    for scene in script.scenes:
        first, last = scene.paragraphs
        candidates = [p for p in script.paragraphs[first:last] if p.text.strip()]
        if not candidates or not draw(st.booleans()):
            continue
        evidence = []
        for _ in range(draw(st.integers(1, 3))):
            par = draw(st.sampled_from(candidates))
            start = draw(st.integers(0, len(par.text) - 1))
            end = draw(st.integers(start + 1, len(par.text)))
            code = draw(st.sampled_from(CODES))
            evidence.append(Evidence(par.index, code, par.text[start:end], par.text, start, end))
        codes = tuple(sorted({e.code for e in evidence}))
        findings.append(Finding(scene.index, codes, 0.9, (), tuple(evidence)))
    return data, script, findings


def texts_of(data: bytes) -> list[str]:
    return [paragraph_text(p.element) for p in body_paragraphs(parse(data).getroot())]


@SETTINGS
@given(cases())
def test_tagging_keeps_every_paragraph_text_identical(case):
    data, script, findings = case
    tagged = fdx_tags.write(script, findings, data)
    assert texts_of(tagged) == texts_of(data)
    assert [p.text for p in read(tagged).paragraphs] == [p.text for p in script.paragraphs]


@SETTINGS
@given(cases())
def test_tagging_a_tagged_script_again_changes_nothing(case):
    data, script, findings = case
    once = fdx_tags.write(script, findings, data)
    assert fdx_tags.write(read(once), findings, once) == once


@SETTINGS
@given(cases())
def test_remove_gives_back_the_input_bytes(case):
    data, script, findings = case
    tagged = fdx_tags.write(script, findings, data)
    assert fdx_tags.remove(tagged) == data
