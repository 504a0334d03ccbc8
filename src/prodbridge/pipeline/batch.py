"""The batch job: files and folders in, each input's outputs in one folder, failures isolated.

How inputs are handled (the rules ``prodbridge batch --help`` and the docs repeat):

- Folders are walked recursively in name order. Hidden files and folders, Office lock files
  (``~$*``, ``.~lock.*#``), temp files (``*.tmp``, partial downloads) and prodbridge's own output
  folders (the ``--out`` folder, any ``prodbridge-out`` folder, any folder holding the
  ``.prodbridge-output`` marker) are skipped without a word; a path named explicitly on the
  command line is always listed.
- The kind comes from the content (``files.sniff``), never from the extension: scripts (FDX,
  Fountain), schedules (xlsx/xlsm, csv, xls, ods, USS), the IC's breakdown workbooks (an xlsx with
  an Intimacy/Intimité sheet), ``prodbridge.toml``. Anything else is *skipped* (images, PDFs,
  Word files), except a file whose extension claims one of our formats: that one *fails*
  ("the content is not a .fdx file"), as do empty, encrypted and unreadable inputs.
- Pairing, per folder: a folder with one script gives it all the folder's schedules; a folder
  with several scripts gives each schedule to the script whose file name shares the most words
  with it (then the longest common start); a tie is reported, not guessed. A schedule in a
  folder without any script is paired the same way with the scripts of the whole batch. A
  breakdown workbook is paired like a schedule and used as the IC's review of its script.
- Outputs, one flat folder: ``<stem>.scan.json``, ``<stem>.breakdown.xlsx``,
  ``<stem>.tagged.fdx`` (FDX scripts) per script, ``<schedule-stem>.plan.xlsx`` (``.xlsm`` for a
  macro workbook, ``.uss`` for a USS schedule) per paired schedule, and ``batch-report.json``.
  Names are sanitised (:func:`safe_stem`); inputs whose stems clash get their folder's name in
  front, then a number.
- Every unit (a script and its schedules) runs in a process pool; results keep input order.
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prodbridge.errors import Issue, ProdbridgeError, UsageError

#: Name of the default output folder, and of folders batch and watch never walk into.
OUTPUT_FOLDER = "prodbridge-out"
#: Marker file written into an output folder prodbridge creates, so later walks skip it.
OUTPUT_MARKER = ".prodbridge-output"
REPORT_NAME = "batch-report.json"

SCRIPT_KINDS = frozenset({"fdx", "fountain"})
SCHEDULE_KINDS = frozenset({"xlsx", "csv", "xls", "ods", "uss"})
#: Extensions that claim to be something prodbridge reads: such a file with other content fails.
CLAIMED_SUFFIXES = frozenset({".fdx", ".fountain", ".spmd", ".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".uss"})
#: Suffixes of files still being written by a browser, a sync client or an editor.
TEMP_SUFFIXES = (".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".swp")
#: Windows device names that cannot be file names, whatever the extension.
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
)
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
MAX_STEM = 120

Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one input: ``ok``, ``failed`` or ``skipped``, with its outputs.

    ``message`` is the one line to show (the error for ``failed``, the reason for ``skipped``,
    what the input was used for otherwise); ``file`` is the file it is about when that is not
    the input itself (an output open in Excel); ``alerts`` counts warning/blocking plan alerts.
    """

    path: Path
    kind: str
    status: str
    outputs: tuple[Path, ...] = ()
    message: str = ""
    issues: tuple[Issue, ...] = ()
    alerts: int = 0
    file: Path | None = None

    @property
    def about(self) -> Path:
        """The file ``message`` is about."""
        return self.file or self.path


def _problem(exc: ProdbridgeError, path: Path) -> tuple[str, Path | None]:
    """An error's message, and the file it names when that is not ``path``."""
    if exc.path is None or Path(exc.path) == path:
        return exc.message, None
    return exc.message, Path(exc.path)


@dataclass(frozen=True, slots=True)
class Entry:
    """One input file once classified: its kind, or the outcome already decided for it."""

    path: Path
    kind: str
    outcome: Outcome | None = None


@dataclass(frozen=True, slots=True)
class PlanJob:
    """One schedule to plan against its unit's script: where its output goes."""

    path: Path
    kind: str
    name: str
    suffix: str


@dataclass(frozen=True, slots=True)
class Unit:
    """The work for one script: its own jobs (when ``script_jobs``) and its schedules' plans.

    ``name`` and the schedules' names are the sanitised output stems; ``review`` is the IC's
    breakdown workbook found beside it; ``protected`` every path of the batch (never written).
    """

    script: Path
    kind: str
    name: str
    schedules: tuple[PlanJob, ...] = ()
    review: Path | None = None
    script_jobs: bool = True
    protected: tuple[Path, ...] = ()


@dataclass(frozen=True, slots=True)
class BatchPlan:
    """The batch before it runs: the units, the outcomes already known, the display order."""

    out: Path
    order: tuple[Path, ...]
    units: tuple[Unit, ...]
    decided: dict[Path, Outcome] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BatchResult:
    """Every input's outcome in input order, and the output folder."""

    out: Path
    outcomes: tuple[Outcome, ...]
    report: Path | None = None

    @property
    def failed(self) -> bool:
        return any(o.status == "failed" for o in self.outcomes)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


# --- names ---------------------------------------------------------------------------------------


def safe_stem(text: str) -> str:
    """A file-name stem that is safe on every disk: no path separators, no ``..``, no control
    characters, no leading dot (hidden) or trailing dot/space (Windows), no device name;
    accents and spaces are kept (NFC). ``"untitled"`` when nothing is left."""
    name = unicodedata.normalize("NFC", text)
    name = _UNSAFE.sub("_", name)
    name = re.sub(r"\.{2,}", ".", name)
    name = " ".join(name.split())
    name = name.strip(" .")[:MAX_STEM].strip(" .")
    if not name:
        return "untitled"
    if name.split(".")[0].casefold() in _RESERVED:
        name = f"_{name}"
    return name


def unique_stems(paths: Sequence[Path]) -> dict[Path, str]:
    """Output stems for ``paths``: their own when unique (ignoring case), else prefixed with
    their folder's name, else numbered ``-2``, ``-3`` in the order given."""
    stems = {p: safe_stem(p.stem) for p in paths}
    groups: dict[str, list[Path]] = {}
    for path in paths:
        groups.setdefault(stems[path].casefold(), []).append(path)
    for members in groups.values():
        if len(members) > 1:
            for path in members:
                stems[path] = safe_stem(f"{path.parent.name}-{path.stem}")
    taken: set[str] = set()
    for path in paths:
        candidate, number = stems[path], 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{stems[path]}-{number}"
        taken.add(candidate.casefold())
        stems[path] = candidate
    return stems


def default_out(paths: Sequence[str | os.PathLike[str]]) -> Path:
    """``prodbridge-out`` beside the first input that exists (beside the file, or beside the
    folder); in the current folder when none does."""
    existing = [p for p in paths if os.path.exists(p)]
    if not existing:
        return Path(OUTPUT_FOLDER).absolute()
    return Path(os.path.abspath(existing[0])).parent / OUTPUT_FOLDER


# --- collecting and classifying ------------------------------------------------------------------


def ignored_name(name: str) -> bool:
    """Hidden files, Office/LibreOffice lock files and temp files: never inputs."""
    lower = name.lower()
    return (
        name.startswith((".", "~$"))
        or (name.startswith(".~lock.") and name.endswith("#"))
        or lower.endswith(TEMP_SUFFIXES)
    )


def is_output_folder(folder: Path, out: Path | None) -> bool:
    """prodbridge's own output folders: ``out``, any ``prodbridge-out``, any with the marker."""
    if folder.name == OUTPUT_FOLDER or (folder / OUTPUT_MARKER).exists():
        return True
    if out is not None and out.exists():
        try:
            return os.path.samefile(folder, out)
        except OSError:
            return False
    return False


def walk(folder: Path, out: Path | None) -> list[Path]:
    """Candidate files under ``folder``, in name order, skipping what ``ignored_name`` and
    ``is_output_folder`` rule out. Symbolic links to folders are not followed (no loops)."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        base = Path(root)
        dirs[:] = sorted(d for d in dirs if not ignored_name(d) and not is_output_folder(base / d, out))
        for name in sorted(files):
            path = base / name
            if not ignored_name(name) and path.is_file():
                found.append(path)
    return found


def collect(
    paths: Sequence[str | os.PathLike[str]], out: Path | None
) -> tuple[list[Path], dict[Path, Outcome]]:
    """The files named by ``paths`` in order (folders expanded, duplicates dropped) and the
    outcomes already decided: missing paths (failed), output folders and lock files named
    explicitly (skipped)."""
    files: list[Path] = []
    decided: dict[Path, Outcome] = {}
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            files.append(path)

    for arg in paths:
        path = Path(arg)
        if not path.exists():
            add(path)
            decided[path] = Outcome(path, "", "failed", message="no such file or folder")
        elif path.is_dir():
            if is_output_folder(path, out):
                add(path)
                decided[path] = Outcome(path, "folder", "skipped", message="a prodbridge output folder")
                continue
            for found in walk(path, out):
                add(found)
        elif not path.is_file():
            add(path)
            decided[path] = Outcome(path, "", "failed", message="not a regular file")
        else:
            add(path)
            if ignored_name(path.name):
                decided[path] = Outcome(path, "", "skipped", message="a lock, temp or hidden file")
    return files, decided


def classify(path: Path) -> Entry:
    """Read ``path`` and tell what it is from its content; unusable inputs get their outcome."""
    from prodbridge.config import CONFIG_NAME
    from prodbridge.files.sniff import sniff
    from prodbridge.pipeline.common import MAX_INPUT_BYTES, read_bytes

    suffix = path.suffix.lower()
    claimed = suffix in CLAIMED_SUFFIXES
    if path.name.lower() == CONFIG_NAME:
        return _decided(path, "config", "skipped", "prodbridge configuration (read by the jobs beside it)")
    try:
        size = path.stat().st_size
    except OSError as exc:
        return _decided(path, "", "failed", f"cannot read: {exc.strerror or exc}")
    if size > MAX_INPUT_BYTES and not claimed:
        return _decided(path, "unknown", "skipped", "not a script or schedule (too large)")
    try:
        data = read_bytes(path)
    except ProdbridgeError as exc:
        return _decided(path, "", "failed", exc.message)
    kind = sniff(data, path.name)
    if kind == "empty":
        if claimed:
            return _decided(path, kind, "failed", "the file is empty")
        return _decided(path, kind, "skipped", "an empty file")
    if kind == "encrypted":
        return _decided(
            path,
            kind,
            "failed",
            "the Office file is password-protected (encrypted); save an unprotected copy",
        )
    if kind == "xlsx" and _is_breakdown(data):
        return Entry(path, "breakdown")
    if kind in SCRIPT_KINDS or kind in SCHEDULE_KINDS:
        return Entry(path, kind)
    if kind == "docx":
        return _decided(path, kind, "skipped", "a Word document (batch does not read .docx)")
    if claimed:
        return _decided(
            path, kind, "failed", f"the content is not a {suffix} file (wrong extension or damaged)"
        )
    return _decided(path, kind, "skipped", "not a script or schedule")


def _decided(path: Path, kind: str, status: str, message: str) -> Entry:
    return Entry(path, kind, Outcome(path, kind, status, message=message))


def _is_breakdown(data: bytes) -> bool:
    """An xlsx with an Intimacy/Intimité sheet: a breakdown workbook, not a schedule."""
    from prodbridge.readers.review import normalize, sheet_titles

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            workbook = archive.read("xl/workbook.xml").decode("utf-8", errors="replace")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError):
        return False
    titles = {normalize(t) for t in sheet_titles("intimacy")}
    names = re.findall(r"<(?:\w+:)?sheet\b[^>]*\bname=\"([^\"]*)\"", workbook)
    return any(normalize(_unescape(n)) in titles for n in names)


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


def _plan_suffix(path: Path, kind: str) -> str:
    """A USS schedule is planned as USS; a macro workbook keeps .xlsm; the rest become .xlsx."""
    if kind == "uss":
        return ".plan.uss"
    return ".plan.xlsm" if kind == "xlsx" and _is_macro_workbook(path) else ".plan.xlsx"


def _is_macro_workbook(path: Path) -> bool:
    """A macro-enabled workbook (its main part's content type says so): its plan must keep
    the .xlsm name, or Excel refuses to open it."""
    try:
        with zipfile.ZipFile(path) as archive:
            types = archive.read("[Content_Types].xml").decode("utf-8", errors="replace")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError):
        return path.suffix.lower() == ".xlsm"
    return "macroEnabled.main+xml" in types


# --- pairing ---------------------------------------------------------------------------------------


def _words(path: Path) -> set[str]:
    from prodbridge.analysis.characters import fold

    return {w for w in re.split(r"[^0-9a-z]+", fold(path.stem).lower()) if len(w) >= 2}


def _common_start(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def best_match(target: Path, scripts: Sequence[Path]) -> Path | None:
    """The script whose name shares most words with ``target``'s (then the longest common
    start); ``None`` when nothing is shared or two scripts tie."""
    from prodbridge.analysis.characters import fold

    words = _words(target)
    stem = fold(target.stem).lower()
    scored = sorted(
        ((len(words & _words(s)), _common_start(stem, fold(s.stem).lower()), s) for s in scripts),
        key=lambda t: (t[0], t[1]),
        reverse=True,
    )
    if not scored or scored[0][0] == 0:
        return None
    if len(scored) > 1 and scored[1][:2] == scored[0][:2]:
        return None
    return scored[0][2]


def pair(targets: Sequence[Path], scripts: Sequence[Path]) -> tuple[dict[Path, Path], dict[Path, str]]:
    """Schedules (or breakdowns) → their script, and the reason for each one left unpaired."""
    by_folder: dict[Path, list[Path]] = {}
    for script in scripts:
        by_folder.setdefault(script.parent, []).append(script)
    paired: dict[Path, Path] = {}
    unpaired: dict[Path, str] = {}
    for target in targets:
        local = by_folder.get(target.parent, [])
        if len(local) == 1:
            paired[target] = local[0]
            continue
        match = best_match(target, local or scripts)
        if match is not None:
            paired[target] = match
        elif local:
            unpaired[target] = (
                "several scripts in its folder and no single one matches its name; "
                "name it after its script (e.g. <script>-plan.xlsx)"
            )
        else:
            unpaired[target] = "no script to pair it with (none in its folder, none with a matching name)"
    return paired, unpaired


# --- planning --------------------------------------------------------------------------------------


def plan_units(
    entries: Sequence[Entry],
    *,
    changed: set[Path] | None = None,
    protected: Iterable[Path] = (),
) -> tuple[list[Unit], dict[Path, Outcome]]:
    """Units of work and the outcomes decided without running anything.

    ``changed`` (watch mode) limits the work to those inputs: a changed script reruns all its
    jobs, a changed schedule only its plan, a changed review its script's jobs.
    """
    decided = {e.path: e.outcome for e in entries if e.outcome is not None}
    usable = [e for e in entries if e.outcome is None]
    scripts = [e.path for e in usable if e.kind in SCRIPT_KINDS]
    schedules = [e.path for e in usable if e.kind in SCHEDULE_KINDS]
    reviews = [e.path for e in usable if e.kind == "breakdown"]
    kinds = {e.path: e.kind for e in usable}
    plans_for, unpaired = pair(schedules, scripts)
    review_for, unpaired_reviews = pair(reviews, scripts)
    script_names = unique_stems(scripts)
    schedule_names = unique_stems(schedules)

    wanted = changed if changed is not None else set(kinds)
    reviews_of: dict[Path, list[Path]] = {}
    for review, script in review_for.items():
        reviews_of.setdefault(script, []).append(review)
    for path, reason in {**unpaired, **unpaired_reviews}.items():
        if path in wanted:
            status_kind = "breakdown" if path in unpaired_reviews else kinds[path]
            decided[path] = Outcome(path, status_kind, "skipped", message=reason)
    guard = tuple(protected)
    units: list[Unit] = []
    for script in scripts:
        own_reviews = reviews_of.get(script, [])
        for extra in own_reviews[1:]:
            if extra in wanted:
                decided[extra] = Outcome(
                    extra,
                    "breakdown",
                    "skipped",
                    message=f"{script.name} already has the review {own_reviews[0].name}",
                )
        review = own_reviews[0] if own_reviews else None
        if review is not None and review in wanted:
            decided[review] = Outcome(review, "breakdown", "ok", message=f"the IC's review of {script.name}")
        script_jobs = script in wanted or (review is not None and review in wanted)
        mine = [s for s in schedules if plans_for.get(s) == script and (script_jobs or s in wanted)]
        if not script_jobs and not mine:
            continue
        units.append(
            Unit(
                script=script,
                kind=kinds[script],
                name=script_names[script],
                schedules=tuple(
                    PlanJob(s, kinds[s], schedule_names[s], _plan_suffix(s, kinds[s])) for s in mine
                ),
                review=review,
                script_jobs=script_jobs,
                protected=guard,
            )
        )
    return units, decided


def prepare(paths: Sequence[str | os.PathLike[str]], out: str | os.PathLike[str] | None = None) -> BatchPlan:
    """Collect, classify and pair the inputs; nothing is written yet.

    ``out`` defaults to ``prodbridge-out`` beside the first input. Raises ``UsageError`` when
    ``out`` exists and is not a folder.
    """
    target = Path(out) if out is not None else default_out(paths)
    if target.exists() and not target.is_dir():
        raise UsageError("--out must be a folder", str(target))
    files, decided = collect(paths, target)
    entries = [Entry(p, decided[p].kind, decided[p]) if p in decided else classify(p) for p in files]
    units, more = plan_units(entries, protected=files)
    return BatchPlan(target, tuple(files), tuple(units), {**decided, **more})


# --- running ---------------------------------------------------------------------------------------


def prepare_out(out: Path) -> None:
    """Create the output folder, with its marker when prodbridge creates it or finds it empty
    (a folder already holding the user's files is not marked: it would be skipped next time)."""
    from prodbridge.errors import OutputError
    from prodbridge.files.atomic import write_atomic

    fresh = not out.exists() or (out.is_dir() and not any(out.iterdir()))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output folder: {exc.strerror or exc}", str(out)) from None
    if fresh:
        write_atomic(out / OUTPUT_MARKER, b"prodbridge output folder: batch and watch do not read it\n")


def execute(
    plan: BatchPlan,
    *,
    lang: str | None = None,
    jobs: int = 0,
    progress: Progress | None = None,
    write_report: bool = True,
) -> BatchResult:
    """Run every unit (``jobs`` worker processes; 0: one per core, 1: in this process) and
    return the outcomes in input order. ``progress(n)`` is called as units finish. When no
    input exists at all, nothing is written (not even the output folder)."""
    if not any(p.exists() for p in plan.order):
        return BatchResult(plan.out, tuple(_merge_order(plan.order, dict(plan.decided))))
    prepare_out(plan.out)
    results: dict[Path, Outcome] = dict(plan.decided)
    units = list(plan.units)
    workers = jobs if jobs > 0 else (os.cpu_count() or 1)
    workers = max(1, min(workers, len(units)))
    if workers == 1:
        for unit in units:
            for outcome in run_unit(unit, plan.out, lang):
                results[outcome.path] = outcome
            if progress:
                progress(1)
    else:
        _run_pool(units, plan.out, lang, workers, results, progress)
    ordered = tuple(_merge_order(plan.order, results))
    report = None
    if write_report:
        from prodbridge.files.atomic import write_atomic
        from prodbridge.writers.report_json import dumps

        report = write_atomic(
            plan.out / REPORT_NAME, dumps(document(plan.out, ordered)).encode(), inputs=plan.order
        )
    return BatchResult(plan.out, ordered, report)


def _run_pool(
    units: list[Unit],
    out: Path,
    lang: str | None,
    workers: int,
    results: dict[Path, Outcome],
    progress: Progress | None,
) -> None:
    from concurrent.futures import as_completed

    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(run_unit, unit, out, lang): unit for unit in units}
        for future in as_completed(futures):
            unit = futures[future]
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                outcomes = _crashed(unit, "the worker process died (out of memory?)")
            except Exception as exc:  # a bug in a worker must not lose the other results
                outcomes = _crashed(unit, f"internal error: {type(exc).__name__}: {exc}")
            for outcome in outcomes:
                results[outcome.path] = outcome
            if progress:
                progress(1)


def _crashed(unit: Unit, message: str) -> list[Outcome]:
    return [
        Outcome(unit.script, unit.kind, "failed", message=message),
        *(Outcome(job.path, job.kind, "failed", message=message) for job in unit.schedules),
    ]


def _merge_order(order: Sequence[Path], results: dict[Path, Outcome]) -> Iterable[Outcome]:
    for path in order:
        if path in results:
            yield results[path]


def batch(
    paths: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str] | None = None,
    *,
    lang: str | None = None,
    jobs: int = 0,
) -> BatchResult:
    """``prepare`` then ``execute`` (see the module docstring for the rules)."""
    return execute(prepare(paths, out), lang=lang, jobs=jobs)


# --- one unit (runs in a worker process) ---------------------------------------------------------


def run_unit(unit: Unit, out: Path, lang: str | None) -> list[Outcome]:
    """The script's jobs, then each schedule's plan; every failure stays in its own outcome."""
    outcomes: list[Outcome] = []
    script_ok = True
    if unit.script_jobs:
        script_outcome = _script_jobs(unit, out, lang)
        script_ok = script_outcome.status == "ok" or bool(script_outcome.outputs)
        outcomes.append(script_outcome)
    for job in unit.schedules:
        if not script_ok:
            outcomes.append(
                Outcome(
                    job.path, job.kind, "skipped", message=f"its script {unit.script.name} could not be read"
                )
            )
            continue
        outcomes.append(_plan_job(unit, job, out / f"{job.name}{job.suffix}", lang))
    return outcomes


def _guard(target: Path, unit: Unit) -> None:
    from prodbridge.errors import OutputError
    from prodbridge.files.atomic import same_file

    for path in unit.protected:
        if same_file(target, path) or target.absolute() == path.absolute():
            raise OutputError(
                "refusing to overwrite an input of this batch; choose another --out", str(target)
            )


def _script_jobs(unit: Unit, out: Path, lang: str | None) -> Outcome:
    from prodbridge.files.atomic import write_atomic
    from prodbridge.pipeline.breakdown import breakdown
    from prodbridge.pipeline.common import read_bytes
    from prodbridge.pipeline.scan import scan
    from prodbridge.pipeline.tag import tag
    from prodbridge.writers.report_json import dumps, scan_document

    outputs: list[Path] = []
    issues: list[Issue] = []
    errors: list[tuple[str, Path | None]] = []
    labels = lang if lang in ("en", "fr") else None

    def step(action: Callable[[], Any]) -> Any:
        try:
            return action()
        except ProdbridgeError as exc:
            errors.append(_problem(exc, unit.script))
        except Exception as exc:  # a bug in one job must not stop the others
            errors.append((f"internal error: {type(exc).__name__}: {exc}", None))
        return None

    scan_path = out / f"{unit.name}.scan.json"

    def do_scan() -> None:
        result = scan(unit.script, lang=lang)
        issues.extend(result.loaded.issues)
        _guard(scan_path, unit)
        document = scan_document(result.loaded.script, result.findings, result.loaded.path)
        outputs.append(write_atomic(scan_path, dumps(document).encode(), inputs=[unit.script]))

    step(do_scan)
    if errors:  # the script itself is unreadable: the other jobs would say the same
        message, about = errors[0]
        return Outcome(unit.script, unit.kind, "failed", message=message, issues=tuple(issues), file=about)

    book = out / f"{unit.name}.breakdown.xlsx"

    def do_breakdown() -> None:
        _guard(book, unit)
        if unit.review is not None:  # start from the IC's review handed to us
            write_atomic(book, read_bytes(unit.review), inputs=[unit.script, unit.review])
        result = breakdown(unit.script, book, lang=labels)
        issues.extend(i for i in result.issues if i not in issues)
        outputs.append(result.output)

    step(do_breakdown)
    if unit.kind == "fdx":
        tagged = out / f"{unit.name}.tagged.fdx"

        def do_tag() -> None:
            _guard(tagged, unit)
            result = tag(unit.script, tagged, breakdown_path=book if book.exists() else None, lang=lang)
            issues.extend(i for i in result.issues if i not in issues)
            outputs.append(result.output)

        step(do_tag)
    if errors:
        message, about = errors[0]
        return Outcome(unit.script, unit.kind, "failed", tuple(outputs), message, tuple(issues), file=about)
    return Outcome(unit.script, unit.kind, "ok", tuple(outputs), "", tuple(issues))


def _plan_job(unit: Unit, job: PlanJob, output: Path, lang: str | None) -> Outcome:
    from prodbridge.analysis.rules import has_failing
    from prodbridge.pipeline.plan import plan

    schedule = job.path
    try:
        _guard(output, unit)
        result = plan(
            schedule,
            unit.script,
            output,
            breakdown_path=unit.review,
            lang=lang if lang in ("en", "fr") else None,
        )
    except ProdbridgeError as exc:
        message, about = _problem(exc, schedule)
        return Outcome(schedule, job.kind, "failed", message=message, file=about)
    except Exception as exc:  # a bug in one plan must not stop the others
        return Outcome(schedule, job.kind, "failed", message=f"internal error: {type(exc).__name__}: {exc}")
    failing = [a for a in result.alerts if a.level in ("warning", "blocking")]
    note = f"planned against {unit.script.name}"
    if has_failing(result.alerts):
        note += f"; {len(failing)} alert(s)"
    outputs = (result.output,) if result.output else ()
    return Outcome(schedule, job.kind, "ok", outputs, note, tuple(result.issues), len(failing))


# --- the report ------------------------------------------------------------------------------------


def document(out: Path, outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """The ``batch --json`` document (also written as ``batch-report.json``): no clock time,
    so two runs on the same inputs give the same bytes."""
    return {
        "out": str(out),
        "inputs": [
            {
                "path": str(o.path),
                "kind": o.kind,
                "status": o.status,
                "outputs": [str(p) for p in o.outputs],
                "message": o.message,
                "file": str(o.file) if o.file else None,
                "alerts": o.alerts,
                "issues": [
                    {"code": i.code, "file": i.file, "location": i.location, "text": i.text} for i in o.issues
                ],
            }
            for o in outcomes
        ],
        "summary": {
            status: sum(1 for o in outcomes if o.status == status) for status in ("ok", "failed", "skipped")
        },
    }


def kind_label(kind: str) -> str:
    """A short human name for a kind, for the summary table."""
    if kind in SCRIPT_KINDS:
        return f"script ({kind})"
    if kind in SCHEDULE_KINDS:
        return f"schedule ({kind})"
    return kind or "-"
