"""Build the bundled Word templates (call sheet, intimacy annex, performer sheet; EN and FR).

Run from the repository root after changing a label or the layout:

    python templates/make_templates.py

It writes ``src/prodbridge/templates/<kind>_<lang>.docx`` (shipped in the wheel as package data)
with python-docx: real Word styles (Title, Subtitle, Heading 1/2, Table Grid, List Bullet and
three named paragraph styles: "Closed Set Notice", "Confidential Mark", "Draft Mark") and real
tables, so anyone can restyle them in Word. Headings and column labels come from
``src/prodbridge/data/callsheet_labels.toml``; the rest is docxtpl placeholders (see README.md
beside this script for the context each template receives). Output is byte-for-byte
reproducible, so re-running without changes leaves git clean.
"""

from __future__ import annotations

import io
import sys
import tomllib
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "prodbridge" / "templates"
LABELS = tomllib.loads((ROOT / "src" / "prodbridge" / "data" / "callsheet_labels.toml").read_text("utf-8"))
RED = RGBColor(0xC0, 0x00, 0x00)

sys.path.insert(0, str(ROOT / "src"))
from prodbridge.writers.docx_common import normalize_zip  # noqa: E402


def new_document(landscape: bool = False) -> Document:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.5))
    section.top_margin = section.bottom_margin = Cm(1.5)
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(9)
    normal.paragraph_format.space_after = Pt(2)
    for name, size in (("Title", 20), ("Subtitle", 12), ("Heading 1", 12), ("Heading 2", 10)):
        styles[name].font.name = "Arial"
        styles[name].font.size = Pt(size)
    for name, size, colour in (
        ("Closed Set Notice", 10, RED),
        ("Confidential Mark", 12, RED),
        ("Draft Mark", 14, RED),
    ):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.bold = True
        style.font.size = Pt(size)
        style.font.color.rgb = colour
    return doc


def para(container, text: str, style: str | None = None, bold: bool = False):
    p = container.add_paragraph(style=style)
    if text:
        run = p.add_run(text)
        run.bold = bold or None
    return p


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def set_widths(table, widths: Sequence[float]) -> None:
    """Column widths in the grid and in every cell (Word reads one, LibreOffice the other)."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)


def loop_table(doc, headers: Sequence[str], loop: str, cells: Sequence[str], widths=None):
    """A Table Grid table: a bold repeated header row, then one docxtpl row loop."""
    table = doc.add_table(rows=4, cols=len(headers))
    table.style = doc.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    repeat_header(table.rows[0])
    table.rows[1].cells[0].text = f"{{%tr for {loop} %}}"
    for cell, text in zip(table.rows[2].cells, cells, strict=True):
        cell.text = text
    table.rows[3].cells[0].text = "{%tr endfor %}"
    if widths:
        set_widths(table, widths)
    return table


def field_table(doc, rows: Sequence[tuple[str, str]], label_width: float = 5.0, value_width=13.0):
    """Two columns, label | value, one row per field (no loop)."""
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = doc.styles["Table Grid"]
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].text = ""
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].text = value
    set_widths(table, (label_width, value_width))
    return table


def header_text(doc, lines: Sequence[tuple[str, str | None]]) -> None:
    header = doc.sections[0].header
    first = True
    for text, style in lines:
        p = header.paragraphs[0] if first else header.add_paragraph()
        first = False
        p.text = text
        if style:
            p.style = doc.styles[style]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def save(
    doc,
    name: str,
    title: str,
    generator: str = "templates/make_templates.py; see templates/README.md",
    out: Path | None = None,
) -> None:
    """Write ``doc`` to the package's templates folder with fixed metadata (reproducible bytes)."""
    props = doc.core_properties
    props.title = title
    props.author = "prodbridge"
    props.last_modified_by = "prodbridge"
    props.revision = 1
    props.created = props.modified = props.last_printed = datetime(2000, 1, 1)
    props.comments = f"Template generated by {generator}"
    buffer = io.BytesIO()
    doc.save(buffer)
    folder = out or OUT
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(normalize_zip(buffer.getvalue()))


# --- the three documents ----------------------------------------------------------------------


def callsheet(lang: str) -> None:
    lab = LABELS[lang]["callsheet"]
    doc = new_document()
    header_text(
        doc,
        [
            ("{{ production.title }} — " + lab["title"] + " — {{ day.title }} — {{ day.date }}", None),
            ("{{ draft_text }}", "Draft Mark"),
        ],
    )
    para(doc, "{{ production.title }}", "Title")
    para(doc, lab["title"] + " · {{ day.title }} · {{ day.date }}", "Subtitle")
    info = [
        (lab["director"], "{{ production.director }}", lab["general_call"], "{{ calls.crew_call }}"),
        (lab["producer"], "{{ production.producer }}", lab["shooting_call"], "{{ calls.shooting_call }}"),
        (
            lab["first_ad"],
            "{{ production.first_ad }} {{ production.first_ad_phone }}",
            lab["breakfast"],
            "{{ calls.breakfast }}",
        ),
        (lab["company"], "{{ production.company }}", lab["lunch"], "{{ calls.lunch }}"),
        (lab["sunrise"], "{{ sun.sunrise }}", lab["wrap"], "{{ calls.wrap }}"),
        (lab["sunset"], "{{ sun.sunset }}", lab["weather"], "{{ weather }}"),
    ]
    table = doc.add_table(rows=len(info) + 1, cols=4)
    table.style = doc.styles["Table Grid"]
    for row, values in zip(table.rows, info, strict=False):
        for i, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = i % 2 == 0 or None
    set_widths(table, (3.4, 5.6, 3.4, 5.6))
    last = table.rows[-1]
    last.cells[0].text = ""
    last.cells[0].paragraphs[0].add_run(lab["hospital"]).bold = True
    merged = last.cells[1].merge(last.cells[3])
    merged.text = "{{ hospital.text }}"

    para(doc, "{%p if intimacy.active %}")
    para(doc, "{{ intimacy.heading }}", "Heading 1")
    para(doc, "{%p for line in intimacy.lines %}")
    para(doc, "{{ line }}", "Closed Set Notice")
    para(doc, "{%p endfor %}")
    para(doc, "{%p endif %}")

    para(doc, lab["scenes"], "Heading 1")
    cols = ("scene", "int_ext", "set", "time_of_day", "pages", "cast_ids", "location", "notes")
    loop_table(
        doc,
        [lab[c] for c in cols],
        "s in scenes",
        [
            "{{ s.id }}",
            "{{ s.int_ext }}",
            "{{ s.set }}",
            "{{ s.time_of_day }}",
            "{{ s.pages }}",
            "{{ s.cast }}",
            "{{ s.location }}",
            "{{ s.notes }}",
        ],
        widths=(1.1, 1.3, 3.3, 1.4, 1.5, 1.5, 3.0, 4.9),
    )
    colon = LABELS[lang]["colon"]
    para(doc, lab["total_pages"] + colon + "{{ total_pages }}")

    para(doc, lab["locations"], "Heading 1")
    loop_table(
        doc,
        [lab["location"], lab["address"], lab["parking"]],
        "l in locations",
        ["{{ l.name }}", "{{ l.address }}", "{{ l.parking }}"],
        widths=(4.0, 7.0, 7.0),
    )

    para(doc, lab["cast"], "Heading 1")
    cols = ("cast_id", "actor", "character", "status", "pickup", "hmc", "on_set", "remarks")
    loop_table(
        doc,
        [lab[c] for c in cols],
        "c in cast",
        [
            "{{ c.id }}",
            "{{ c.actor }}",
            "{{ c.character }}",
            "{{ c.status }}",
            "{{ c.pickup }}",
            "{{ c.hmc }}",
            "{{ c.on_set }}",
            "{{ c.remarks }}",
        ],
        widths=(1.1, 3.4, 2.6, 1.6, 1.8, 1.9, 1.6, 4.0),
    )
    para(doc, lab["status_legend"])

    para(doc, lab["instructions"], "Heading 1")
    loop_table(
        doc,
        [lab["department"], lab["instruction"]],
        "i in instructions",
        ["{{ i.department }}", "{{ i.text }}"],
        widths=(4.0, 14.0),
    )

    para(doc, lab["advance"], "Heading 1")
    para(doc, "{{ advance.title }}", "Heading 2")
    cols = ("scene", "int_ext", "set", "time_of_day", "pages", "cast_ids", "notes")
    loop_table(
        doc,
        [lab[c] for c in cols],
        "s in advance.scenes",
        [
            "{{ s.id }}",
            "{{ s.int_ext }}",
            "{{ s.set }}",
            "{{ s.time_of_day }}",
            "{{ s.pages }}",
            "{{ s.cast }}",
            "{{ s.notes }}",
        ],
        widths=(1.1, 1.3, 4.5, 1.4, 1.5, 2.0, 6.2),
    )
    save(doc, f"callsheet_{lang}.docx", f"prodbridge — {lab['title']}")


def annex(lang: str) -> None:
    lab = LABELS[lang]["annex"]
    colon = LABELS[lang]["colon"]
    doc = new_document()
    header_text(
        doc,
        [("{{ confidential }} — {{ production.title }} — {{ day.title }}", "Confidential Mark")],
    )
    para(doc, "{{ confidential }}", "Confidential Mark")
    para(doc, lab["title"], "Title")
    para(doc, "{{ production.title }} · {{ day.title }} · {{ day.date }}", "Subtitle")
    p = para(doc, lab["recipients"] + colon, bold=True)
    p.add_run("{{ recipients_text }}")
    para(doc, "{{ distribution }}")
    para(doc, "{%p if not has_scenes %}")
    para(doc, "{{ none_today }}")
    para(doc, "{%p endif %}")
    para(doc, "{%p for s in scenes %}")
    para(doc, lab["scene"] + " {{ s.id }} — {{ s.heading }}", "Heading 1")
    field_table(
        doc,
        [
            (lab["pages"], "{{ s.pages }}"),
            (lab["review_status"], "{{ s.status }}"),
            (lab["codes"], "{{ s.codes_text }}"),
            (lab["confidence"], "{{ s.confidence }}"),
            (lab["performers"], "{{ s.performers }}"),
            (lab["rider"], "{{ s.rider }}"),
            (lab["rider_deadline"], "{{ s.rider_deadline }}"),
            (lab["garments"], "{{ s.garments }}"),
            (lab["rehearsal"], "{{ s.rehearsal }}"),
            (lab["essential_crew"], "{{ s.essential_crew }}"),
            (lab["monitors"], "{{ s.monitors }}"),
            (lab["closure"], "{{ s.closure }}"),
            (lab["ic_notes"], "{{ s.notes }}"),
            (lab["minor"], "{{ s.minor }}"),
        ],
    )
    para(doc, lab["evidence"], "Heading 2")
    loop_table(
        doc,
        ["Code", lab["cue"], lab["line"]],
        "e in s.evidence",
        ["{{ e.code }}", "{{ e.cue }}", "{{ e.text }}"],
        widths=(1.6, 3.0, 13.4),
    )
    q = para(doc, lab["questions"] + colon, bold=True)
    q.add_run("{{ s.questions_text }}")
    para(doc, "{%p endfor %}")
    para(doc, lab["support"], "Heading 1")
    loop_table(
        doc,
        [lab["role"], lab["name"], lab["phone"], lab["email"]],
        "c in support",
        ["{{ c.role }}", "{{ c.name }}", "{{ c.phone }}", "{{ c.email }}"],
        widths=(4.5, 4.5, 4.0, 5.0),
    )
    para(doc, "{{ performer_note }}")
    save(doc, f"annex_{lang}.docx", f"prodbridge — {lab['title']}")


def performer(lang: str) -> None:
    lab = LABELS[lang]["performer"]
    colon = LABELS[lang]["colon"]
    doc = new_document()
    header_text(doc, [("{{ personal }}", "Confidential Mark")])
    para(doc, "{{ personal }}", "Confidential Mark")
    para(doc, lab["title"], "Title")
    para(doc, "{{ production.title }} · {{ day.title }} · {{ day.date }}", "Subtitle")
    p = para(doc, lab["for"] + colon, bold=True)
    p.add_run("{{ performer.actor }}")
    p = para(doc, lab["character"] + colon, bold=True)
    p.add_run("{{ performer.character }}")
    para(doc, lab["scenes"], "Heading 1")
    loop_table(
        doc,
        [lab["scene"], lab["int_ext"], lab["set"], lab["time_of_day"], lab["pages"], lab["call"]],
        "s in scenes",
        [
            "{{ s.id }}",
            "{{ s.int_ext }}",
            "{{ s.set }}",
            "{{ s.time_of_day }}",
            "{{ s.pages }}",
            "{{ s.call }}",
        ],
        widths=(1.5, 1.5, 6.0, 2.5, 2.0, 4.5),
    )
    para(doc, lab["limits"], "Heading 1")
    para(doc, "{{ limits }}")
    para(doc, lab["nudity"], "Heading 1")
    para(doc, "{%p for n in nudity %}")
    para(doc, "{{ n }}", "List Bullet")
    para(doc, "{%p endfor %}")
    para(doc, lab["ic"], "Heading 1")
    para(doc, "{{ ic }} {{ ic_contact }}")
    para(doc, "{{ withdraw }}")
    save(doc, f"performer_{lang}.docx", f"prodbridge — {lab['title']}")


def main() -> None:
    for lang in ("en", "fr"):
        callsheet(lang)
        annex(lang)
        performer(lang)
    print(f"templates written to {OUT}")


if __name__ == "__main__":
    main()
