"""Train the second reader (``prodbridge.analysis.scene_model``) on the dev evaluation scenes.

Usage::

    python benchmarks/train_scene_model.py          # write src/prodbridge/data/scene_model_<lang>.json
    python benchmarks/train_scene_model.py --cv     # cross-validate by batch, write nothing
    python benchmarks/train_scene_model.py --cv --folds 0   # one fold per batch (slow)

Needs scikit-learn (``pip install -e '.[train]'``); prodbridge itself only reads the weights.

The models learn from the dev files only (``benchmarks/eval/*_dev*.toml``); held-out files are
never read. A model trained on a scene scores that scene well, so the detector's figures on dev
say nothing about the model: ``--cv`` measures it instead, batch by batch. The batches of scenes
(``dev``, ``devb``… : files written at one time, most of them by independent authors) are dealt
whole into ``--folds`` folds of about the same size; each fold is scored by models trained on the
other folds, with the whole detector, and the figures are printed next to the lexicon alone on the
same scenes. A batch is never split, so no scene is scored by a model trained on its siblings.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import detection
from prodbridge.analysis.detect import scene_features
from prodbridge.analysis.scene_model import Linear, SceneModel, scale, to_json
from prodbridge.model import CODES

DATA = Path(__file__).resolve().parents[1] / "src" / "prodbridge" / "data"

#: Regularisation, thresholds and size, chosen with ``--cv`` (see benchmarks/eval/README.md).
C = 10.0
MIN_SCENES = 2  # a feature seen in fewer training scenes is left out
KEEP = 4000  # strongest features kept by the models that decide a flag (intimate, SXV)
KEEP_CODES = 4000  # ...and by each other code's model, which only names codes
INTIMATE_THRESHOLD = 0.55
CODE_THRESHOLD = 0.5
SXV_THRESHOLD = 0.5
SXV_ALONE = 0.6  # SXV in a scene nothing else reads as intimate (SceneModel.sxv_alone)
MINOR_THRESHOLD: float | None = None  # intimate, in a scene with a minor (SceneModel.minor_threshold)


@dataclass(frozen=True, slots=True)
class Example:
    lang: str
    batch: str
    features: frozenset[str]
    codes: frozenset[str]


def batch_of(path: Path) -> str:
    """``en_devc.toml`` → ``devc``: the files written together, in both languages."""
    return path.stem.split("_", 1)[1]


def examples(files: Iterable[Path]) -> list[Example]:
    """Every labelled scene of ``files`` with the features the detector gives the model."""
    out = []
    for path in files:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        lang = data["lang"]
        for entry in data["script"]:
            script = detection.build_script(lang, entry)
            found = scene_features(script, lang=lang, cast=detection.cast_of(entry))
            for present, labelled in zip(found, entry["scene"], strict=True):
                out.append(Example(lang, batch_of(path), frozenset(present), frozenset(labelled["expect"])))
    return out


#: What the features are made of besides the scenes: the lexicon's signals and the word rules.
SOURCES = (
    DATA / "lexicon_en.toml",
    DATA / "lexicon_fr.toml",
    DATA / "scene_words.toml",
    DATA.parent / "analysis" / "scene_model.py",
    DATA.parent / "analysis" / "detect.py",
)


def fingerprint(files: Sequence[Path]) -> str:
    """What the shipped model was trained on: a hash of the dev files and of everything that
    shapes the features (a test compares it, so an edited lexicon means a retrained model)."""
    digest = hashlib.sha256()
    for path in [*sorted(files, key=lambda p: p.name), *SOURCES]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return "sha256:" + digest.hexdigest()


def _fit(rows: Sequence[frozenset[str]], labels: Sequence[bool], threshold: float, keep: int) -> Linear:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for row in rows for f in row)
    # each scene a unit vector over all its features, as Linear.margin scores it
    kept = [{f: scale(row) for f in row if counts[f] >= MIN_SCENES} for row in rows]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(kept).tocsr()
    x.indices = x.indices.astype("int32")  # liblinear takes 32-bit indices only
    x.indptr = x.indptr.astype("int32")
    classifier = LogisticRegression(C=C, class_weight="balanced", solver="liblinear", max_iter=5000)
    classifier.fit(x, list(labels))
    pairs = sorted(
        zip(vectorizer.feature_names_, classifier.coef_[0], strict=True), key=lambda fw: -abs(fw[1])
    )
    weights = {f: float(w) for f, w in pairs[:keep] if abs(w) > 1e-4}
    return Linear(float(classifier.intercept_[0]), weights, threshold)


def train(data: Sequence[Example], lang: str, trained_on: str = "") -> SceneModel:
    """The models of ``lang``: intimate yes/no, and one per code with enough examples."""
    mine = [e for e in data if e.lang == lang]
    rows = [e.features for e in mine]
    intimate = _fit(rows, [bool(e.codes) for e in mine], INTIMATE_THRESHOLD, KEEP)
    codes = {}
    for code in CODES:
        if code == "MIN":  # a minor comes from ages and words, which the detector reads itself
            continue
        labels = [code in e.codes for e in mine]
        if sum(labels) >= 5:
            sxv = code == "SXV"  # with the intimate model, the one that decides a flag
            threshold, keep = (SXV_THRESHOLD, KEEP) if sxv else (CODE_THRESHOLD, KEEP_CODES)
            codes[code] = _fit(rows, labels, threshold, keep)
    return SceneModel(lang, intimate, codes, trained_on, sxv_alone=SXV_ALONE, minor_threshold=MINOR_THRESHOLD)


#: A setting of the second reader's thresholds: intimate, ``SXV`` beside other codes, ``SXV`` alone,
#: intimate in a scene with a minor (``None``: the intimate one).
Setting = tuple[float, float, float, float | None]


def with_thresholds(model: SceneModel, setting: Setting) -> SceneModel:
    intimate, sxv, alone, minor = setting
    codes = dict(model.codes)
    if "SXV" in codes:
        codes["SXV"] = replace(codes["SXV"], threshold=sxv)
    return replace(
        model,
        intimate=replace(model.intimate, threshold=intimate),
        codes=codes,
        sxv_alone=alone,
        minor_threshold=minor,
    )


#: Batches written in this project, by authors who had seen the lexicon; every other dev batch is a
#: former independent holdout (v1 onwards), so folding a holdout into dev needs no edit here.
WRITTEN_HERE = frozenset({"dev", "devb", "devc", "devd", "deve", "devf", "devg", "devk"})

#: Former holdouts folded into dev without being read: the lexicon was never tuned on their
#: wording, so unlike the other batches (whose phrasing became cues after a reading, and whose
#: ``cue:`` features therefore fire on them) they score the detector as a new script would.
FOLDED_UNREAD = frozenset({"devzzw", "devzzx", "devzzy", "devzzz", "devzzza", "devzzzb", "devzzzc"})


#: Folds for ``--cv``: ten trains ~7 times fewer models than one fold per batch (74 batches took
#: about 80 CPU-minutes), so two trees can be compared side by side in one sitting.
FOLDS = 10


def folds_of(sizes: Mapping[str, int], count: int) -> list[list[str]]:
    """Deal whole batches into ``count`` folds of near-equal scene counts, largest batch first.

    Deterministic (ties go by name), so two trees cross-validated side by side score the same
    scenes with the same training folds. ``count`` 0, or at least the number of batches, gives one
    fold per batch."""
    if count <= 0 or count >= len(sizes):
        return [[batch] for batch in sorted(sizes)]
    folds: list[list[str]] = [[] for _ in range(count)]
    load = [0] * count
    for batch in sorted(sizes, key=lambda b: (-sizes[b], b)):
        lightest = min(range(count), key=lambda i: (load[i], i))
        folds[lightest].append(batch)
        load[lightest] += sizes[batch]
    return [sorted(fold) for fold in folds]


def cross_validate(files: Sequence[Path], settings: Sequence[Setting], count: int) -> None:
    data = examples(files)
    batches = sorted({batch_of(p) for p in files})
    sizes = Counter(e.batch for e in data)
    folds = folds_of({b: sizes[b] for b in batches}, count)
    lexicon_only: dict[str, list[detection.Case]] = {}
    with_model: dict[Setting, dict[str, list[detection.Case]]] = defaultdict(dict)
    for fold in folds:
        models = {lang: train([e for e in data if e.batch not in fold], lang) for lang in ("en", "fr")}
        for batch in fold:
            held = [p for p in files if batch_of(p) == batch]
            lexicon_only[batch] = detection.load_cases(held, model={"en": False, "fr": False})
            for setting in settings:
                chosen: Mapping[str, SceneModel | bool] = {
                    lang: with_thresholds(m, setting) for lang, m in models.items()
                }
                with_model[setting][batch] = detection.load_cases(held, model=chosen)
    print(
        f"cross-validation by batch, C = {C}, {KEEP} features kept (other codes {KEEP_CODES})"
        f" ({len(batches)} batches in {len(folds)} folds, each scored by models trained on the others)"
    )
    groups = (
        ("all batches", batches),
        ("independent authors' batches", [b for b in batches if b not in WRITTEN_HERE]),
        (f"batches folded unread ({', '.join(sorted(FOLDED_UNREAD))})", sorted(FOLDED_UNREAD & set(batches))),
    )
    for title, chosen_batches in groups:
        if not chosen_batches:
            continue
        print(f"{title}:")
        summary([c for b in chosen_batches for c in lexicon_only[b]], "lexicon alone")
        for (intimate, sxv, alone, minor), per_batch in with_model.items():
            cases = [c for b in chosen_batches for c in per_batch[b]]
            with_minor = "" if minor is None else f", minor ≥ {minor}"
            summary(cases, f"model: intimate ≥ {intimate}, SXV ≥ {sxv}, alone ≥ {alone}{with_minor}")


def summary(cases: Sequence[detection.Case], title: str) -> None:
    per_code, intimate = detection.score(cases)
    print(
        f"  {title:<42} intimate recall {intimate.recall:.3f} precision {intimate.precision:.3f}"
        f"  SXV recall {per_code['SXV'].recall:.3f} prec {per_code['SXV'].precision:.3f}"
        f"  MIN recall {per_code['MIN'].recall:.3f}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    global C, KEEP, KEEP_CODES
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="cross-validate by batch; write nothing")
    parser.add_argument(
        "--folds",
        type=int,
        default=FOLDS,
        help=f"with --cv: folds of whole batches (default {FOLDS}; 0 = one per batch)",
    )
    parser.add_argument(
        "--intimate",
        type=float,
        nargs="+",
        default=[0.5, 0.6],
        help="with --cv: intimate thresholds to try (besides the shipped one)",
    )
    parser.add_argument(
        "--alone", type=float, nargs="+", default=[0.6, 0.75], help="with --cv: SXV-alone thresholds to try"
    )
    parser.add_argument(
        "--minor",
        type=float,
        nargs="+",
        default=[],
        help="with --cv: intimate thresholds to try in scenes with a minor (others as shipped)",
    )
    parser.add_argument("--c", type=float, default=None, help="regularisation (with --cv: try this C)")
    parser.add_argument(
        "--keep", type=int, default=None, help=f"features kept by the intimate and SXV models ({KEEP})"
    )
    parser.add_argument(
        "--keep-codes", type=int, default=None, help=f"features kept by other code models ({KEEP_CODES})"
    )
    args = parser.parse_args(argv)
    C = C if args.c is None else args.c
    KEEP = KEEP if args.keep is None else args.keep
    KEEP_CODES = KEEP_CODES if args.keep_codes is None else args.keep_codes
    files = detection.dev_files()
    if args.cv:
        shipped = (INTIMATE_THRESHOLD, SXV_THRESHOLD, SXV_ALONE, MINOR_THRESHOLD)
        tried = [(i, SXV_THRESHOLD, a, MINOR_THRESHOLD) for i in args.intimate for a in args.alone]
        tried += [(INTIMATE_THRESHOLD, SXV_THRESHOLD, SXV_ALONE, m) for m in args.minor]
        grid = [shipped] + [t for t in tried if t != shipped]
        cross_validate(files, grid, args.folds)
        return 0
    data = examples(files)
    stamp = fingerprint(files)
    for lang in ("en", "fr"):
        model = train(data, lang, stamp)
        path = DATA / f"scene_model_{lang}.json"
        path.write_text(json.dumps(to_json(model), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        count = sum(len(m.weights) for m in [model.intimate, *model.codes.values()])
        print(f"wrote {path.relative_to(DATA.parents[2])}: {count} weights")
    return 0


if __name__ == "__main__":
    sys.exit(main())
