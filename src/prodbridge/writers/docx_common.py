"""Word output shared by the call-sheet writers: sandboxed template rendering, the unknown-field
check, fixed core properties and a deterministic zip (two runs give identical bytes)."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time
from importlib import resources
from typing import TYPE_CHECKING, Any

from prodbridge.errors import InputError, UnsafeInputError
from prodbridge.files.safety import open_zip

if TYPE_CHECKING:
    from prodbridge.config import Config

#: Zip timestamp of every part we write (the earliest a zip can store).
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
#: Core-properties date used when a document has no day date of its own.
FIXED_STAMP = datetime(2000, 1, 1)
MAIN_CONTENT_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
)


#: Digests of the bundled templates read in this process: their fields are checked by the test
#: suite, so rendering skips docxtpl's (slow) undeclared-variable scan for them.
_BUNDLED: set[bytes] = set()


def packaged_template(kind: str, lang: str) -> bytes:
    """The bundled ``templates/<kind>_<lang>.docx`` (``kind``: callsheet, annex, performer…)."""
    data = resources.files("prodbridge").joinpath("templates", f"{kind}_{lang}.docx").read_bytes()
    _BUNDLED.add(hashlib.sha256(data).digest())
    return data


def check_docx(data: bytes, name: str) -> None:
    """Refuse what is not a Word document before python-docx sees it (one clear line)."""
    archive = open_zip(data, name, kind="OOXML (.docx) document")
    names = set(archive.namelist())
    if "[Content_Types].xml" not in names:
        raise InputError("not a Word document: the package has no [Content_Types].xml", name)
    types = archive.read("[Content_Types].xml")
    if b"wordprocessingml.template.main+xml" in types:
        raise InputError("this is a Word template (.dotx); save it as a .docx document", name)
    if not any(t.encode() in types for t in MAIN_CONTENT_TYPES):
        raise InputError("not a Word document (.docx)", name)


def render_template(
    template: bytes,
    context: Mapping[str, Any],
    documented: Iterable[str],
    name: str,
    title: str = "",
    stamp: date | None = None,
) -> bytes:
    """Render a docxtpl ``template`` with ``context``; return deterministic .docx bytes.

    Rendering runs in Jinja2's sandbox with autoescape on, so a user's template can neither
    reach Python internals nor break the XML with ``&`` or ``<``. A template that asks for a
    name outside ``documented`` fails before rendering with one line listing those names; an
    unknown attribute (``{{ scene.colour }}``) fails during rendering the same way. Both are
    ``InputError`` (exit 3) naming the template file ``name``.
    """
    from docxtpl import DocxTemplate
    from jinja2 import StrictUndefined, TemplateError, UndefinedError
    from jinja2.exceptions import SecurityError
    from jinja2.sandbox import SandboxedEnvironment

    check_docx(template, name)
    env = SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)
    bundled = hashlib.sha256(template).digest() in _BUNDLED
    try:
        tpl = DocxTemplate(io.BytesIO(template))
        asked = () if bundled else tpl.get_undeclared_template_variables(jinja_env=env)
    except TemplateError as exc:
        raise InputError(f"template syntax error: {exc}", name) from None
    except (ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise InputError(f"cannot be read as a Word template: {exc}", name) from None
    unknown = sorted(set(asked) - set(documented))
    if unknown:
        raise InputError(
            f"the template asks for unknown fields: {', '.join(unknown)} "
            f"(known: {', '.join(sorted(documented))})",
            name,
        )
    try:
        tpl.render(dict(context), jinja_env=env, autoescape=True)
    except SecurityError as exc:
        raise UnsafeInputError(f"refused: the template tries an unsafe operation ({exc})", name) from None
    except UndefinedError as exc:
        raise InputError(f"the template asks for an unknown field: {exc}", name) from None
    except TemplateError as exc:
        raise InputError(f"template error: {exc}", name) from None
    document = tpl.docx
    set_core_properties(document, title, stamp)
    out = io.BytesIO()
    document.save(out)
    return normalize_zip(out.getvalue())


def set_core_properties(document: Any, title: str, stamp: date | None) -> None:
    """Fixed metadata: created/modified from ``stamp`` (the shooting day), never the clock."""
    when = datetime.combine(stamp, time()) if stamp else FIXED_STAMP
    props = document.core_properties
    props.title = title
    props.author = "prodbridge"
    props.last_modified_by = "prodbridge"
    props.revision = 1
    props.created = when
    props.modified = when
    props.last_printed = when


def normalize_zip(data: bytes) -> bytes:
    """Rewrite a package with fixed timestamps and attributes, ``[Content_Types].xml`` first.

    Part contents and order are kept; only the zip metadata that changes between runs (the
    write time, the host system) is fixed.
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    infos = source.infolist()
    infos.sort(key=lambda i: i.filename != "[Content_Types].xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in infos:
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.create_system = 0
            fixed.external_attr = 0
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def restricted_recipients(
    config: Config,
    roles: Mapping[str, str],
    heads_of_department: Sequence[str],
    extra: Sequence[str] = (),
) -> list[dict[str, str]]:
    """Who a restricted (R) document is for: director, 1st AD, producer, IC, then the heads of
    department named under ``[[annex.recipients]]`` (else their roles, unnamed), then ``extra``.

    ``roles`` holds the labels ``director``, ``first_ad``, ``producer`` and ``ic`` in the
    document's language.
    """
    out = [
        {"role": roles["director"], "name": config.director},
        {"role": roles["first_ad"], "name": config.first_ad},
        {"role": roles["producer"], "name": config.producer},
        {"role": roles["ic"], "name": config.intimacy_coordinator.name},
    ]
    if config.annex_recipients:
        out += [{"role": p.role, "name": p.name} for p in config.annex_recipients]
    else:
        out += [{"role": role, "name": ""} for role in heads_of_department]
    out += [{"role": role, "name": ""} for role in extra]
    return out
