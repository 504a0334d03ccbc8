"""Findings + the IC's review → Breakdown: human columns always win.

Scene identity across script revisions is best effort. A review row is matched to a scene of the
current script in four passes, each over the rows still unmatched:

1. the FD13 paragraph ``id`` of the scene heading (Final Draft keeps it when scenes are
   renumbered or moved);
2. the scene id, when the row's stored heading is empty or names the same place and time;
3. the heading, when exactly one unmatched scene has it (a renumbered script without ids);
4. the scene id alone (the heading was edited, the number kept) — skipped for a row whose
   paragraph id the script no longer has, since Final Draft then deleted that scene.

Headings compare on INT/EXT, set, sub-set and time of day, so a number written in the heading
(``SÉQ. 12 -``) does not count. A row matched by no pass becomes an entry marked ``removed``:
it is never dropped.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import replace

from prodbridge.analysis.characters import fold
from prodbridge.analysis.headings import parse_heading
from prodbridge.data import load
from prodbridge.model import Breakdown, BreakdownEntry, Finding, Review, Scene, Script, scene_key


def digest(finding: Finding) -> str:
    """A short fingerprint of what the detector saw: its codes and the quoted evidence.

    Paragraph positions and the confidence are left out, so inserting a scene earlier in the
    script or retuning scores does not reopen a rejected finding; changed words do.
    """
    h = hashlib.sha256()
    for code in sorted(finding.codes):
        h.update(f"code\x1f{code}\x1e".encode())
    quotes = sorted({(e.code, e.cue.lower(), " ".join(e.text.split())) for e in finding.evidence})
    for code, cue, text in quotes:
        h.update(f"ev\x1f{code}\x1f{cue}\x1f{text}\x1e".encode())
    return h.hexdigest()[:12]


def heading_key(text: str) -> str:
    """What identifies a heading across revisions: place and time, without a scene number."""
    parsed = parse_heading(text)
    if not parsed.set:
        return " ".join(fold(text).split())
    parts = (parsed.int_ext or "", parsed.set, parsed.subset or "", parsed.time_of_day or "")
    return " ".join(fold("|".join(parts)).split())


def reopen_marker(lang: str) -> str:
    """The marker put before the IC's note when a rejected finding is reopened."""
    marker = load("breakdown_labels")["reopen_marker"]
    return marker.get(lang, marker["en"])


def merge(
    script: Script,
    findings: Iterable[Finding],
    reviews: Mapping[str, Review],
    heading_ids: Mapping[int, str] | None = None,
    lang: str = "en",
) -> Breakdown:
    """One entry per scene that has a finding or a review, in script order, then removed rows.

    ``reviews`` is what ``readers.review.read`` returns (scene key → Review, in row order);
    ``heading_ids`` maps ``Scene.index`` → FD13 heading paragraph id (empty for other formats).
    The IC's status and cells are kept as typed, with one exception: a rejected finding whose
    evidence changed goes back to ``proposed`` and its note gets the ``reopen_marker`` in front.
    """
    by_scene: dict[int, Finding] = {}
    for finding in findings:
        by_scene.setdefault(finding.scene, finding)
    matched, unmatched = match_reviews(script, reviews.values(), heading_ids or {})
    entries = []
    for scene in script.scenes:
        finding = by_scene.get(scene.index)
        review = matched.get(scene.index)
        if finding is None and review is None:
            continue
        entries.append(_entry(scene, finding, review, lang))
    entries.extend(BreakdownEntry(r.scene_id, None, r, removed=True) for r in unmatched)
    return Breakdown(tuple(entries))


def _entry(scene: Scene, finding: Finding | None, review: Review | None, lang: str) -> BreakdownEntry:
    current = digest(finding) if finding else ""
    if review is None:
        fresh = Review(scene.id, "proposed", evidence_digest=current, heading=scene.heading)
        return BreakdownEntry(scene.id, finding, fresh)
    stored = review.evidence_digest
    changed = bool(stored) and current != stored
    if review.status == "rejected" and changed and finding is not None:
        marker = reopen_marker(lang)
        notes = f"{marker} {review.notes}".strip() if review.notes else marker
        reopened = replace(review, status="proposed", notes=notes, evidence_digest=current)
        return BreakdownEntry(scene.id, finding, reopened, changed=True, reopened=True)
    # Not reviewed yet: the current evidence is what will be reviewed. Reviewed: keep the
    # fingerprint the decision was made on (an empty one adopts the current evidence).
    kept = (current or stored) if review.status == "proposed" else (stored or current)
    return BreakdownEntry(scene.id, finding, replace(review, evidence_digest=kept), changed=changed)


def match_reviews(
    script: Script, reviews: Iterable[Review], heading_ids: Mapping[int, str]
) -> tuple[dict[int, Review], list[Review]]:
    """Reviews → scenes (``Scene.index``) by the four passes of the module docstring.

    Returns the matches and the reviews left over (scenes no longer in the script).
    """
    scenes = {s.index: s for s in script.scenes}
    free = dict.fromkeys(scenes)  # insertion-ordered set of unmatched scene indexes
    by_key: dict[str, int] = {}
    for s in script.scenes:
        by_key.setdefault(scene_key(s.id), s.index)
    by_pid = {pid: index for index, pid in heading_ids.items() if pid}
    keys = {index: heading_key(s.heading) for index, s in scenes.items()}
    matched: dict[int, Review] = {}

    def take(review: Review, index: int) -> None:
        matched[index] = review
        free.pop(index, None)

    pending = list(reviews)
    rest = []
    for review in pending:  # 1. FD13 paragraph id
        index = by_pid.get(review.paragraph_id) if review.paragraph_id else None
        if index is not None and index in free:
            take(review, index)
        else:
            rest.append(review)
    pending, rest = rest, []
    for review in pending:  # 2. scene id with the same heading
        index = by_key.get(scene_key(review.scene_id))
        same = not review.heading or (index is not None and heading_key(review.heading) == keys[index])
        if index is not None and index in free and same:
            take(review, index)
        else:
            rest.append(review)
    pending, rest = rest, []
    for review in pending:  # 3. a heading only one unmatched scene has
        wanted = heading_key(review.heading) if review.heading else None
        candidates = [i for i in free if keys[i] == wanted] if wanted else []
        if len(candidates) == 1:
            take(review, candidates[0])
        else:
            rest.append(review)
    pending, rest = rest, []
    for review in pending:  # 4. the scene id alone
        gone = bool(review.paragraph_id and by_pid and review.paragraph_id not in by_pid)
        index = by_key.get(scene_key(review.scene_id))
        if index is not None and index in free and not gone:
            take(review, index)
        else:
            rest.append(review)
    return matched, rest


def follow_up(entry: BreakdownEntry) -> str:
    """What the IC should do about an entry (a ``follow_up`` key of the labels file).

    ``removed`` (scene left the script), ``evidence_changed`` (a rejection reopened: it stays
    so, run after run, while the row is proposed and its note starts with the marker),
    ``no_longer_detected`` (proposed, the detector no longer finds it), ``to_review``
    (proposed), ``check_changed`` (confirmed, but the text changed since), ``reviewed``.
    """
    if entry.removed:
        return "removed"
    markers = load("breakdown_labels")["reopen_marker"].values()
    if entry.reopened or (entry.status == "proposed" and entry.review.notes.startswith(tuple(markers))):
        return "evidence_changed"
    if entry.status == "proposed":
        return "no_longer_detected" if entry.finding is None and entry.changed else "to_review"
    if entry.status == "confirmed" and entry.changed:
        return "check_changed"
    return "reviewed"
