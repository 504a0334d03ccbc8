"""A learned second reader: linear scene models trained on the labelled evaluation scenes.

The lexicon only knows the phrasings someone wrote down; scripts written by other people
describe the same beats in words it has never seen. These models score a whole scene from its
words (unigrams, bigrams and crude stems, so « embrassèrent » shares a feature with
« embrasse ») and are read next to the lexicon, never instead of it: a scene they alone flag
is shown at low confidence with the words that weighed most, for the coordinator to read.

The weights are data (``data/scene_model_<lang>.json``), written by
``benchmarks/train_scene_model.py`` with scikit-learn; scoring is a sum of the weights of the
features present, so the runtime needs nothing beyond the standard library.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources

from prodbridge.accents import strip_accents
from prodbridge.data import load
from prodbridge.model import Paragraph

#: Paragraph kinds whose words are features, and the prefix their features carry (what is
#: said is weighed apart from what is seen: "stop" spoken is not "stops" in an action line).
KIND_PREFIX: Mapping[str, str] = {
    "Action": "",
    "General": "",
    "Shot": "",
    "Scene Heading": "h:",
    "Dialogue": "d:",
    "Parenthetical": "d:",
    "Transition": "",
}

#: Features that are not words but what the lexicon saw (see ``detect._model_features``).
SIGNAL_PREFIXES = ("cue:", "code:", "weak:", "neg:")

#: Words are letters (apostrophes split "s'embrassent" into "s" and "embrassent").
_WORD = re.compile(r"[^\W\d_]+")
#: Stems: the first letters of a longer word, so inflections share a feature.
STEM_LENGTH = 5


def fold_text(text: str) -> str:
    """Lower case, accents removed (``Déshabille`` → ``deshabille``)."""
    return strip_accents(text.lower())


def _tokens(text: str, names: frozenset[str]) -> list[str]:
    words = _WORD.findall(fold_text(text))
    return ["<name>" if w.upper() in names else w for w in words]


@cache
def _stopwords() -> tuple[frozenset[str], frozenset[str]]:
    """Function words (both languages) and the slug's own words, folded (``data/scene_words.toml``)."""
    table = load("scene_words")
    words = frozenset(fold_text(w) for lang in table["stopwords"].values() for w in lang)
    return words, words | frozenset(fold_text(w) for w in table["slug"]["words"])


def function_words() -> frozenset[str]:
    """Function words of both languages, folded: they say nothing about a scene (and, to the
    lexicon's prefilter, they are in every paragraph)."""
    return _stopwords()[0]


def word_features(prefix: str, previous: str, word: str) -> list[str]:
    """The features one word adds: the word, the pair it makes with the word before it
    (``^`` at a paragraph's start) and, for a long word, its stem. A function word adds no
    feature of its own and a pair of them none either; a heading adds its location words only
    (not INT., NIGHT or CONTINUOUS)."""
    stop, heading_stop = _stopwords()
    if prefix == "h:":
        return [] if word in heading_stop or word == "<name>" else [prefix + word]
    out = []
    content = word not in stop
    if content:
        out.append(prefix + word)
    if content or (previous != "^" and previous not in stop):
        out.append(f"{prefix}{previous}_{word}")
    if content and len(word) > STEM_LENGTH + 1 and word != "<name>":
        out.append(f"{prefix}~{word[:STEM_LENGTH]}")
    return out


def paragraph_features(kind: str, words: Sequence[str]) -> list[str]:
    """The features of one paragraph's folded words (none for a kind that is not read)."""
    prefix = KIND_PREFIX.get(kind)
    if prefix is None:
        return []
    return [f for i, w in enumerate(words) for f in word_features(prefix, words[i - 1] if i else "^", w)]


def features(paragraphs: Iterable[Paragraph], names: frozenset[str] = frozenset()) -> set[str]:
    """The features present in a scene, paragraph by paragraph (see ``paragraph_features``).
    ``names`` (folded, upper case, as the detector keeps them) become one token: a
    character's name says nothing about what the scene shows."""
    found: set[str] = set()
    for paragraph in paragraphs:
        if paragraph.kind in KIND_PREFIX:
            found.update(paragraph_features(paragraph.kind, _tokens(paragraph.text, names)))
    return found


def _written(
    paragraphs: Iterable[Paragraph], names: frozenset[str], feature: str
) -> tuple[Paragraph, list[tuple[int, int]] | None, int] | None:
    """The first paragraph that holds ``feature``, the spans of its words in the original text
    (``None`` when folding changed the word split) and the index of the word that adds the
    feature."""
    if feature.startswith(SIGNAL_PREFIXES):
        return None
    for paragraph in paragraphs:
        prefix = KIND_PREFIX.get(paragraph.kind)
        if prefix is None or not feature.startswith(prefix) or (not prefix and feature[1:2] == ":"):
            continue
        spans: list[tuple[int, int]] | None = [m.span() for m in _WORD.finditer(paragraph.text)]
        words = _tokens(paragraph.text, names)
        if len(words) != len(spans):
            spans = None
        for i, word in enumerate(words):
            if feature in word_features(prefix, words[i - 1] if i else "^", word):
                return paragraph, spans, i
    return None


def locate(
    paragraphs: Iterable[Paragraph], names: frozenset[str], feature: str
) -> tuple[Paragraph, int, int] | None:
    """Where ``feature`` is written: the first paragraph holding it and the span of its last
    word in the original text (so evidence quotes the script's own words)."""
    found = _written(paragraphs, names, feature)
    if found is None:
        return None
    paragraph, spans, i = found
    if spans is None:  # folding changed the word split: quote the paragraph
        return paragraph, 0, len(paragraph.text)
    return paragraph, spans[i][0], spans[i][1]


def quote(paragraphs: Sequence[Paragraph], names: frozenset[str], feature: str) -> str | None:
    """``feature`` in the script's own words: accents and the whole word a stem was cut from
    (``~lumie`` → "lumière"), both words of a pair ("la porte"), capitals lowered; ``None`` where no read
    paragraph holds it or folding changed the paragraph's word split."""
    found = _written(paragraphs, names, feature)
    if found is None:
        return None
    paragraph, spans, i = found
    if spans is None:
        return None
    body = feature.split(":", 1)[-1] if feature[1:2] == ":" else feature
    pair = "_" in body and not body.startswith(("~", "^_"))
    start, end = spans[i - 1][0] if pair and i else spans[i][0], spans[i][1]
    text = " ".join(paragraph.text[start:end].split())
    return text.lower() if text.isupper() else text  # a heading's or an introduction's capitals


def scale(present: set[str] | frozenset[str]) -> float:
    """The value of each present feature: 1/√n for ``n`` features (an L2-normalised scene)."""
    return 1.0 / math.sqrt(len(present)) if present else 0.0


@dataclass(frozen=True, slots=True)
class Linear:
    """One logistic model: ``P = σ(bias + Σ weights[f] / √n)`` over the ``n`` features present.

    Dividing by √n (each scene a unit vector) keeps a long scene from scoring high merely
    because it has many mildly suggestive words ("hand", "door", "eyes")."""

    bias: float
    weights: Mapping[str, float]
    threshold: float

    def margin(self, present: set[str]) -> float:
        if not present:
            return self.bias
        weights = self.weights
        return self.bias + sum(weights.get(f, 0.0) for f in present) * scale(present)

    def probability(self, present: set[str]) -> float:
        z = self.margin(present)
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def strongest(self, present: set[str], count: int) -> list[str]:
        """The ``count`` present features that pushed the score up most."""
        scored = sorted(((w, f) for f in present if (w := self.weights.get(f, 0.0)) > 0), reverse=True)
        return [f for _, f in scored[:count]]


@dataclass(frozen=True, slots=True)
class SceneModel:
    """The models of one language: ``intimate`` (any code) and one per code."""

    lang: str
    intimate: Linear
    codes: Mapping[str, Linear]
    trained_on: str
    #: confidence of a scene only the model flags, from ``low`` (at the threshold) to ``high``
    confidence: tuple[float, float] = (0.2, 0.35)
    #: fewer features than this and the model says nothing: a line or two is the lexicon's to
    #: judge ("He doesn't kiss her." is one strong word and a negation a bag of words can't read)
    min_features: int = 20
    #: ``SXV`` probability at which the model asks about coercion in a scene that neither the
    #: lexicon nor its intimate model reads as intimate: a favour asked against a contract or a
    #: grade names no act, so the scene scores low as "intimate" and high as coercion
    sxv_alone: float = 0.6
    #: ...and only in a scene with at least this many features: with nothing else to go on, a
    #: bag of words needs room for the bargain to be written (a five-line phone call in a boss's
    #: office is not enough)
    sxv_alone_features: int = 50
    #: the intimate threshold in a scene where a minor is present (``None``: the same bar as
    #: everywhere). An intimate scene with a minor missed is the one error the tool must not
    #: make, and a false alarm there costs one read by the IC and the children's supervisor
    minor_threshold: float | None = None

    def reads(self, present: set[str]) -> bool:
        """Whether the scene is long enough for the model to have a say."""
        return len(present) >= self.min_features

    def confidence_of(self, probability: float) -> float:
        low, high = self.confidence
        t = self.intimate.threshold
        share = (probability - t) / (1.0 - t) if t < 1.0 else 1.0
        return round(low + (high - low) * max(0.0, min(1.0, share)), 2)

    def flagged(self, present: set[str], minor: Callable[[], bool] = lambda: False) -> float | None:
        """The intimate-scene probability when it reaches the threshold (or ``minor_threshold``
        when ``minor()`` says a minor is in the scene, asked only then), else ``None``."""
        if not self.reads(present):
            return None
        p = self.intimate.probability(present)
        if p >= self.intimate.threshold:
            return p
        if self.minor_threshold is not None and p >= self.minor_threshold and minor():
            return p
        return None

    def likely_codes(self, present: set[str]) -> list[tuple[str, float]]:
        """Codes whose own model reaches its threshold, most probable first."""
        out = [(code, m.probability(present)) for code, m in self.codes.items()]
        return sorted(((c, p) for c, p in out if p >= self.codes[c].threshold), key=lambda cp: -cp[1])


def _linear(table: Mapping[str, object]) -> Linear:
    weights = table["weights"]
    if not isinstance(weights, dict):
        raise ValueError("scene model: weights must be a table")
    return Linear(
        float(table["bias"]), {str(k): float(v) for k, v in weights.items()}, float(table["threshold"])
    )


def from_json(data: Mapping[str, object]) -> SceneModel:
    """A SceneModel from its JSON form (see ``to_json``); a setting it lacks keeps the default."""
    default = {f.name: f.default for f in fields(SceneModel)}
    codes = data["codes"]
    low, high = data.get("confidence", default["confidence"])  # type: ignore[misc]
    if not isinstance(codes, dict):
        raise ValueError("scene model: codes must be a table")
    return SceneModel(
        lang=str(data["lang"]),
        intimate=_linear(data["intimate"]),  # type: ignore[arg-type]
        codes={code: _linear(table) for code, table in codes.items()},
        trained_on=str(data.get("trained_on", "")),
        confidence=(float(low), float(high)),
        min_features=int(data.get("min_features", default["min_features"])),  # type: ignore[call-overload]
        sxv_alone=float(data.get("sxv_alone", default["sxv_alone"])),  # type: ignore[arg-type]
        sxv_alone_features=int(data.get("sxv_alone_features", default["sxv_alone_features"])),  # type: ignore[call-overload]
        minor_threshold=None if (minor := data.get("minor_threshold")) is None else float(minor),  # type: ignore[arg-type]
    )


def to_json(model: SceneModel) -> dict[str, object]:
    def linear(m: Linear) -> dict[str, object]:
        return {
            "bias": round(m.bias, 6),
            "threshold": m.threshold,
            "weights": {f: round(w, 6) for f, w in sorted(m.weights.items())},
        }

    return {
        "lang": model.lang,
        "trained_on": model.trained_on,
        "confidence": list(model.confidence),
        "min_features": model.min_features,
        "sxv_alone": model.sxv_alone,
        "sxv_alone_features": model.sxv_alone_features,
        "minor_threshold": model.minor_threshold,
        "intimate": linear(model.intimate),
        "codes": {code: linear(m) for code, m in model.codes.items()},
    }


@cache
def packaged(lang: str) -> SceneModel | None:
    """The model shipped for ``lang`` (``None`` when there is none)."""
    path = resources.files("prodbridge.data").joinpath(f"scene_model_{lang}.json")
    if not path.is_file():
        return None
    return from_json(json.loads(path.read_text(encoding="utf-8")))


def top_words(
    model: Linear,
    present: set[str],
    paragraphs: Sequence[Paragraph],
    names: frozenset[str],
    count: int = 4,
) -> Sequence[str]:
    """The words behind the strongest features, quoted as the scene writes them (folded, with
    prefixes and stems stripped, only where the scene cannot be quoted)."""
    words: list[str] = []
    for feature in model.strongest(present, count * 3):
        if feature.startswith(SIGNAL_PREFIXES) or "<name>" in feature:
            continue
        text = quote(paragraphs, names, feature) or (
            feature.split(":", 1)[-1].lstrip("~").replace("_", " ").replace("^ ", "")
        )
        if text.casefold() in (w.casefold() for w in words):
            continue
        words.append(text)
        if len(words) == count:
            break
    return words
