"""One command for the performance claims of DESIGN §6: `python benchmarks/run.py`.

For each input (the largest corpus script and a generated 400-scene script, each with a
generated stripboard of its scenes and a minimal prodbridge.toml) it times every pipeline stage
in this process, median of several runs, next to a bare lxml parse + serialize of the same
bytes measured in the same run, and prints the ratio. Peak memory of each stage is measured in
a fresh subprocess (ru_maxrss, imports included), `prodbridge --help` start-up against a bare
`python -c pass`, and a batch of script copies with --jobs 1 against --jobs 2. Nothing here
asserts: the figures go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS_SCRIPT = ROOT.parent / "shared" / "corpus" / "fdx" / "rearview-fd.fdx"
FIXTURE_SCRIPTS = ROOT / "fixtures" / "scripts"
sys.path.insert(0, str(HERE))

import generate  # noqa: E402


@dataclass(frozen=True, slots=True)
class Case:
    """One benchmark input: the script, its stripboard and its config, in one work folder."""

    script: Path
    schedule: Path
    config: Path
    work: Path


def prepare(script: Path, work: Path, days: int) -> tuple[Case, int]:
    """Write the stripboard of ``script``'s scenes and a config in ``work``; the scene count."""
    from prodbridge.pipeline.common import load_script

    work.mkdir(parents=True, exist_ok=True)
    scenes = load_script(script).script.scenes
    strips = [
        generate.Strip(
            s.id, s.int_ext or "INT", s.set, s.time_of_day or "DAY", max(s.eighths, 1), s.characters
        )
        for s in scenes
    ]
    schedule = work / "stripboard.xlsx"
    schedule.write_bytes(generate.stripboard(strips, days))
    config = work / "prodbridge.toml"
    text = generate.config_toml("Benchmark", str(script), schedule.name, days=days)
    config.write_text(text, encoding="utf-8")
    return Case(script, schedule, config, work), len(scenes)


def stages(case: Case) -> dict[str, Callable[[], object]]:
    """Stage name → a callable running that job on ``case`` (outputs under ``case.work``).

    Outputs are removed first so every run writes fresh files (breakdown would otherwise read
    its previous output as the IC's review).
    """
    from prodbridge.pipeline.breakdown import breakdown
    from prodbridge.pipeline.callsheet import callsheet
    from prodbridge.pipeline.common import clear_caches
    from prodbridge.pipeline.plan import plan
    from prodbridge.pipeline.scan import scan
    from prodbridge.pipeline.tag import tag

    out = case.work / "out"

    def fresh(name: str) -> Path:
        path = out / name
        path.unlink(missing_ok=True)
        return path

    def run_scan() -> object:
        return scan(case.script, config=case.config)

    def run_breakdown() -> object:
        return breakdown(case.script, fresh("breakdown.xlsx"), config=case.config)

    def run_tag() -> object:
        return tag(case.script, fresh("tagged.fdx"), config=case.config)

    def run_plan() -> object:
        return plan(case.schedule, case.script, fresh("plan.xlsx"), config=case.config)

    def run_callsheet() -> object:
        return callsheet(
            case.schedule,
            case.script,
            fresh("callsheet.docx"),
            day=1,
            annex=fresh("annex.docx"),
            config=case.config,
        )

    def run_pipeline() -> object:
        # One process runs every job, as nightly and batch do: the script is read and the
        # detector run once, then reused by the later jobs.
        clear_caches()
        for job in (run_scan, run_breakdown, run_tag, run_plan, run_callsheet):
            job()
        return None

    def cold(job: Callable[[], object]) -> Callable[[], object]:
        def run() -> object:
            clear_caches()  # a single stage is timed as a fresh `prodbridge <stage>` would run
            return job()

        return run

    return {
        "scan": cold(run_scan),
        "breakdown": cold(run_breakdown),
        "tag": cold(run_tag),
        "plan": cold(run_plan),
        "callsheet": cold(run_callsheet),
        "pipeline": run_pipeline,
    }


def median_seconds(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm-up: imports and caches are not what we measure
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def baseline(path: Path) -> Callable[[], object]:
    from lxml import etree

    def run() -> bytes:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        root = etree.fromstring(path.read_bytes(), parser)
        return etree.tostring(root, encoding="UTF-8", xml_declaration=True)

    return run


MEMORY_SNIPPET = """
import resource, sys
from pathlib import Path
sys.path.insert(0, {here!r})
from run import Case, stages
case = Case(*(Path(p) for p in {paths!r}))
stages(case)[{name!r}]()
try:
    with open("/proc/self/status") as status:
        print(next(line.split()[1] for line in status if line.startswith("VmHWM")))
except OSError:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_memory_mb(name: str, case: Case) -> float:
    """Peak resident memory of one stage run once in a fresh interpreter (imports included).

    Linux's VmHWM, not ru_maxrss: ru_maxrss survives fork+exec, so a child would report this
    (larger) benchmark process's peak instead of its own."""
    paths = [str(case.script), str(case.schedule), str(case.config), str(case.work)]
    code = MEMORY_SNIPPET.format(here=str(HERE), paths=paths, name=name)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"stage {name} failed in its memory run:\n{out.stderr[-2000:]}")
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def startup_seconds(runs: int) -> dict[str, float]:
    def timed(cmd: list[str]) -> float:
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=True)
            samples.append(time.perf_counter() - start)
        return statistics.median(samples)

    exe = shutil.which("prodbridge")
    found = {"python -c pass": timed([sys.executable, "-c", "pass"])}
    if exe:
        found["prodbridge --help"] = timed([exe, "--help"])
    found["python -m prodbridge --help"] = timed([sys.executable, "-m", "prodbridge", "--help"])
    return found


def batch_seconds(work: Path, copies: int, runs: int) -> dict[str, float]:
    """Wall time of `prodbridge batch` over ``copies`` script files (the fixture scripts copied
    round-robin into one folder), with --jobs 1 and --jobs 2; median of ``runs``."""
    folder = work / "batch-in"
    folder.mkdir()
    sources = sorted(p for p in FIXTURE_SCRIPTS.iterdir() if p.suffix in (".fdx", ".fountain"))
    for i in range(copies):
        source = sources[i % len(sources)]
        shutil.copyfile(source, folder / f"copy-{i + 1:02d}-{source.name}")
    found: dict[str, float] = {}
    for jobs in (1, 2):
        samples = []
        for run in range(runs):
            out = work / f"batch-out-{jobs}-{run}"
            cmd = [sys.executable, "-m", "prodbridge", "batch", str(folder), "--out", str(out)]
            start = time.perf_counter()
            subprocess.run([*cmd, "--jobs", str(jobs), "--json"], capture_output=True, check=True)
            samples.append(time.perf_counter() - start)
        found[f"--jobs {jobs}"] = statistics.median(samples)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per stage (median)")
    parser.add_argument("--scenes", type=int, default=400, help="scenes in the generated script")
    parser.add_argument("--copies", type=int, default=20, help="script files in the batch figure")
    parser.add_argument("--no-memory", action="store_true", help="skip the per-stage memory subprocesses")
    parser.add_argument("--no-batch", action="store_true", help="skip the batch scaling figure")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    results: dict[str, object] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(terse=True),
            "load average before": round(os.getloadavg()[0], 2),
        }
    }
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        generated = work / f"generated-{args.scenes}.fdx"
        generated.write_bytes(generate.generate(args.scenes))
        inputs = [p for p in (CORPUS_SCRIPT, generated) if p.is_file()]
        for index, path in enumerate(inputs):
            case, scenes = prepare(path, work / f"case-{index}", days=max(1, args.scenes // 10))
            base = median_seconds(baseline(path), args.runs)
            rows: dict[str, dict[str, float]] = {"lxml parse+serialize": {"median_s": base, "ratio": 1.0}}
            for name, stage in stages(case).items():
                seconds = median_seconds(stage, args.runs)
                rows[name] = {"median_s": seconds, "ratio": seconds / base}
                if not args.no_memory:
                    rows[name]["peak_mb"] = peak_memory_mb(name, case)
            results[f"{path.name} ({path.stat().st_size // 1024} KB, {scenes} scenes)"] = rows
        results["startup"] = startup_seconds(max(args.runs, 5))
        if not args.no_batch:
            results["batch"] = batch_seconds(work, args.copies, max(1, args.runs // 2))
    results["machine"]["load average after"] = round(os.getloadavg()[0], 2)  # type: ignore[index]

    if args.json:
        print(json.dumps(results, indent=2))
        return
    for title, rows in results.items():
        print(f"\n{title}")
        if title == "machine":
            print("  " + ", ".join(f"{k} {v}" for k, v in rows.items()))
        elif title in ("startup", "batch"):
            for name, seconds in rows.items():
                print(f"  {name:<28} {seconds * 1000:8.1f} ms")
        else:
            for name, row in rows.items():
                peak = f"{row['peak_mb']:7.1f} MB" if "peak_mb" in row else ""
                print(f"  {name:<28} {row['median_s'] * 1000:8.1f} ms  x{row['ratio']:6.2f}  {peak}")


if __name__ == "__main__":
    main()
