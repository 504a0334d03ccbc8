"""Build the bundled Word templates of the intimacy coordinator's documents (EN and FR).

Run from the repository root after changing a heading in ``documents_<lang>.toml`` or the layout:

    python templates/make_documents_templates.py

It writes ``src/prodbridge/templates/<kind>_<lang>.docx`` beside the call-sheet templates, with
the same styles and helpers as ``make_templates.py`` (imported from it):

| kind     | document                                             | level |
|----------|------------------------------------------------------|-------|
| risk     | risk analysis / analyse des risques                  | R     |
| clause   | nudity and intimacy clause / clause de nudité        | C     |
| daily    | daily report to production / rapport à la production | R     |
| rushes   | rushes conformity checklist / vérification des rushs | R     |

Section headings and column labels are baked in from ``src/prodbridge/data/documents_<lang>.toml``;
lists of texts (clause wording, checklist items) are rendered from the ``label`` context at run
time, so a change there needs no rebuild. Every template starts with its confidentiality mark
(``{{ mark.text }}``) in the page header and on the first line, and its recipients. The context of
each template is documented in the writer's ``*_context`` function (``writers/risk_docx.py``,
``clause_docx.py``, ``daily_docx.py``, ``rushes_docx.py``); a template asking for another name
fails with exit 3. Output is byte-for-byte reproducible.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

from docx.enum.text import WD_BREAK

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

import make_templates  # noqa: E402
from make_templates import (  # noqa: E402
    OUT,
    header_text,
    loop_table,
    new_document,
    para,
    set_widths,
)

DATA = ROOT / "src" / "prodbridge" / "data"
KINDS = ("risk", "clause", "daily", "rushes")


def labels(lang: str) -> dict:
    return tomllib.loads((DATA / f"documents_{lang}.toml").read_text("utf-8"))


def save(doc, name: str, title: str) -> None:
    make_templates.save(doc, name, title, generator="templates/make_documents_templates.py", out=OUT)


def scene_pages(doc, section: dict, summary_cells: Sequence[str], widths: Sequence[float]) -> None:
    """The summary table (or the "no scene" line), then opens one page per scene with its title
    and facts; the caller adds the scene's own sections and closes the loop."""
    para(doc, section["summary"], "Heading 1")
    para(doc, "{%p if not has_scenes %}")
    para(doc, "{{ empty }}")
    para(doc, "{%p endif %}")
    para(doc, "{%p if has_scenes %}")
    loop_table(doc, section["summary_headers"], "s in summary", summary_cells, widths=widths)
    para(doc, "{%p endif %}")
    para(doc, "{%p for s in scenes %}")
    page_break(doc)
    para(doc, "{{ s.title }}", "Heading 1")
    facts_table(doc, "s.facts")


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def facts_table(doc, loop: str, widths: Sequence[float] = (5.0, 13.0)):
    """Label | value rows repeated over ``loop`` (a list of ``label``/``value`` items)."""
    table = doc.add_table(rows=3, cols=2)
    table.style = doc.styles["Table Grid"]
    table.rows[0].cells[0].text = f"{{%tr for f in {loop} %}}"
    table.rows[1].cells[0].text = ""
    table.rows[1].cells[0].paragraphs[0].add_run("{{ f.label }}").bold = True
    table.rows[1].cells[1].text = "{{ f.value }}"
    table.rows[2].cells[0].text = "{%tr endfor %}"
    set_widths(table, widths)
    return table


def blank_table(doc, rows: Sequence[str], blank: str):
    """Label | blank rows for signatures and dates."""
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = doc.styles["Table Grid"]
    for row, label in zip(table.rows, rows, strict=True):
        row.cells[0].text = ""
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].text = blank
    set_widths(table, (5.0, 13.0))
    return table


def opening(doc, lab: dict, title: str, subtitle: str) -> None:
    """Confidentiality mark (page header and first line), title, recipients, drafting note."""
    common = lab["common"]
    header_text(doc, [("{{ mark.text }} — {{ production.title }}", "Confidential Mark")])
    para(doc, "{{ mark.text }}", "Confidential Mark")
    para(doc, "{{ mark.note }}")
    para(doc, title, "Title")
    para(doc, subtitle, "Subtitle")
    p = para(doc, common["recipients"] + common["colon"], bold=True)
    p.add_run("{{ recipients_text }}")
    para(doc, common["prepared"])


def bullets(doc, loop: str, item: str = "{{ x }}") -> None:
    para(doc, f"{{%p for x in {loop} %}}")
    para(doc, item, "List Bullet")
    para(doc, "{%p endfor %}")


# --- the four documents ---------------------------------------------------------------------------


def risk(lang: str) -> None:
    lab = labels(lang)
    r, common = lab["risk"], lab["common"]
    doc = new_document()
    opening(doc, lab, r["title"], "{{ subtitle }}")
    para(doc, r["intro"])
    scene_pages(
        doc,
        r,
        ["{{ s.id }}", "{{ s.heading }}", "{{ s.codes }}", "{{ s.risk_names }}", "{{ s.status }}"],
        (1.6, 5.6, 3.0, 5.2, 2.6),
    )
    para(doc, r["physical"], "Heading 2")
    para(doc, "{%p if s.risks %}")
    loop_table(
        doc,
        r["physical_headers"],
        "h in s.risks",
        ["{{ h.category }}", "{{ h.cue }}", "{{ h.text }}"],
        widths=(3.6, 2.8, 11.6),
    )
    para(doc, "{%p endif %}")
    para(doc, "{%p if s.risks_none %}")
    para(doc, "{{ s.risks_none }}")
    para(doc, "{%p endif %}")
    para(doc, r["exposure"], "Heading 2")
    facts_table(doc, "s.environment")
    para(doc, r["mitigation"], "Heading 2")
    facts_table(doc, "s.mitigation")
    para(doc, r["questions"], "Heading 2")
    bullets(doc, "s.questions")
    para(doc, r["notes"], "Heading 2")
    facts_table(doc, "s.notes")
    para(doc, r["level"], "Heading 2")
    para(doc, "{{ s.level }}", "Closed Set Notice")
    para(doc, "{%p if s.level_typed %}")
    para(doc, "{{ s.level_typed }}")
    para(doc, "{%p endif %}")
    blank_table(doc, [r["assessed_by"], common["date"], common["signature"]], common["blank"])
    para(doc, "{%p endfor %}")
    save(doc, f"risk_{lang}.docx", f"prodbridge — {r['title']}")


def clause(lang: str) -> None:
    lab = labels(lang)
    c, common = lab["clause"], lab["common"]
    doc = new_document()
    opening(doc, lab, c["title"], "{{ subtitle }}")
    para(doc, c["draft"], bold=True)
    para(doc, c["parties"], "Heading 1")
    table = doc.add_table(rows=4, cols=2)
    table.style = doc.styles["Table Grid"]
    rows = [
        (c["production"], "{{ subtitle }}"),
        (c["performer"], "{{ performer.name }}"),
        (c["character"], "{{ performer.character }}"),
        (c["representative"], "{{ performer.contact }}"),
    ]
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].text = ""
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].text = value
    set_widths(table, (5.0, 13.0))
    para(doc, "{%p if minor %}")
    para(doc, "{{ minor }}", "Closed Set Notice")
    para(doc, "{%p endif %}")
    para(doc, c["intro"])
    para(doc, c["scenes"], "Heading 1")
    para(doc, "{%p if not has_scenes %}")
    para(doc, c["none"])
    para(doc, "{%p endif %}")
    para(doc, "{%p for s in scenes %}")
    para(doc, "{{ s.title }}", "Heading 2")
    facts_table(doc, "s.facts")
    para(doc, c["lines"], bold=True)
    bullets(doc, "s.lines")
    para(doc, "{%p endfor %}")
    para(doc, c["limits"], "Heading 1")
    para(doc, "{{ limits }}")
    for key in ("use", "consent", "protocol"):
        para(doc, c[key], "Heading 1")
        bullets(doc, f"label.clause.{key}_lines")
    para(doc, c["contact"], "Heading 1")
    para(doc, "{{ ic }} {{ ic_contact }}")
    para(doc, c["signatures"], "Heading 1")
    sign = doc.add_table(rows=6, cols=4)
    sign.style = doc.styles["Table Grid"]
    cells = [
        ["", common["name"], common["signature"], common["date"]],
        [c["sign_performer"], "{{ performer.name }}", "", ""],
        ["{%tr if minor %}", "", "", ""],
        [c["sign_legal"], "", "", ""],
        ["{%tr endif %}", "", "", ""],
        [c["sign_production"], "{{ production.producer }}", "", ""],
    ]
    for row, values in zip(sign.rows, cells, strict=True):
        for i, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
            cell.text = ""
            if text:
                cell.paragraphs[0].add_run(text).bold = (i == 0 and not text.startswith("{%")) or None
    set_widths(sign, (4.5, 5.0, 5.0, 3.5))
    save(doc, f"clause_{lang}.docx", f"prodbridge — {c['title']}")


def daily(lang: str) -> None:
    lab = labels(lang)
    d, common = lab["daily"], lab["common"]
    doc = new_document()
    opening(doc, lab, d["title"], "{{ production.title }} · {{ day.title }}")
    para(doc, d["intro"])
    para(doc, d["summary"], "Heading 1")
    facts_table(doc, "summary")
    para(doc, "{%p if not has_scenes %}")
    para(doc, "{{ none_today }}")
    para(doc, "{%p endif %}")
    para(doc, "{%p if has_scenes %}")
    loop_table(
        doc,
        d["summary_headers"],
        "s in scenes",
        [
            "{{ s.id }}",
            "{{ s.heading }}",
            "{{ s.performers }}",
            common["yes_no"],
            common["yes_no"],
            common["yes_no"],
        ],
        widths=(1.3, 4.6, 4.1, 2.6, 2.7, 2.7),
    )
    para(doc, "{%p endif %}")
    blank_table(doc, [d["ic"], common["date"], common["signature"]], common["blank"])
    para(doc, "{%p for s in scenes %}")
    page_break(doc)
    para(doc, "{{ s.title }}", "Heading 1")
    facts_table(doc, "s.facts")
    para(doc, d["checklist"], "Heading 2")
    loop_table(
        doc,
        d["checklist_headers"],
        "i in s.checklist",
        ["{{ i.label }}", "{{ i.planned }}", "{{ i.done }}", ""],
        widths=(5.0, 5.8, 2.6, 4.6),
    )
    para(doc, d["remarks"], "Heading 2")
    for _ in range(3):
        para(doc, common["blank"] * 4)
    para(doc, "{%p endfor %}")
    save(doc, f"daily_{lang}.docx", f"prodbridge — {d['title']}")


def rushes(lang: str) -> None:
    lab = labels(lang)
    r, common = lab["rushes"], lab["common"]
    doc = new_document()
    opening(doc, lab, r["title"], "{{ subtitle }}")
    para(doc, r["intro"])
    scene_pages(
        doc,
        r,
        ["{{ s.id }}", "{{ s.days }}", "{{ s.performers }}", r["conform_choice"]],
        (1.4, 5.2, 8.0, 3.4),
    )
    para(doc, r["checks_title"], "Heading 2")
    loop_table(
        doc,
        r["checks_headers"],
        "c in s.checks",
        ["{{ c.label }}", "{{ c.agreed }}", "{{ c.result }}", "", ""],
        widths=(4.4, 5.0, 2.8, 2.6, 3.2),
    )
    para(doc, r["decision"], "Heading 2")
    para(doc, r["decision_choice"], "Closed Set Notice")
    blank_table(doc, [r["checked_by"], common["date"], common["signature"]], common["blank"])
    para(doc, "{%p endfor %}")
    save(doc, f"rushes_{lang}.docx", f"prodbridge — {r['title']}")


def main() -> None:
    for lang in ("en", "fr"):
        risk(lang)
        clause(lang)
        daily(lang)
        rushes(lang)
    print(f"templates written to {OUT}")


if __name__ == "__main__":
    main()
